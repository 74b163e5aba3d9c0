package io.hyperdesk.gui.monitor;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.jfree.chart.plot.XYPlot;

/**
 * The run whose point on a chart is nearest to a click, within {@link #RADIUS} pixels: the metric
 * plot and the parameter scatter offer their runs' points and select the one this finds.
 */
public final class NearestRun {

    /** How far from a point a click still hits it, in pixels. */
    public static final double RADIUS = 8;

    private final XYPlot plot;
    private final Rectangle2D area;
    private final double clickX;
    private final double clickY;
    private RunRow nearest;
    private double nearestDistance = RADIUS;

    /** A click at ({@code clickX}, {@code clickY}) on {@code plot} drawn in {@code area}. */
    public NearestRun(XYPlot plot, Rectangle2D area, double clickX, double clickY) {
        this.plot = plot;
        this.area = area;
        this.clickX = clickX;
        this.clickY = clickY;
    }

    /** Offers a run's point at ({@code x}, {@code y}) in the chart's data units. */
    public void offer(RunRow row, double x, double y) {
        offerAt(row, plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()), y);
    }

    /** Offers a run's line where it passes the click's x: value {@code y} in data units. */
    public void offerAtClick(RunRow row, double y) {
        offerAt(row, clickX, y);
    }

    private void offerAt(RunRow row, double px, double y) {
        double py = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
        double distance = Math.hypot(px - clickX, py - clickY);
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = row;
        }
    }

    /** The nearest run offered, if one was within the radius. */
    public Optional<RunRow> nearest() {
        return Optional.ofNullable(nearest);
    }
}
