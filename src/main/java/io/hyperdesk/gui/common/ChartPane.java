package io.hyperdesk.gui.common;

import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.fx.FXGraphics2D;

/**
 * A JFreeChart drawn on a JavaFX canvas that fills this region; it redraws when the chart changes
 * or the region is resized. FX thread only.
 *
 * <p>Why not {@code org.jfree.chart.fx.ChartViewer}: its canvas wraps every draw in
 * {@code GraphicsContext.save()/restore()}, which resets the context's fill, while FXGraphics2D
 * skips a {@code setPaint} equal to the paint it last set. From the second draw on, a chart whose
 * last paint was white draws its white backgrounds in the restored fill: black. Here one
 * FXGraphics2D owns the context for good, and only its own clip is reset between draws.
 */
public final class ChartPane extends Region {

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final ChartChangeListener redraw = this::chartChanged;
    private JFreeChart chart;
    private long draws;

    public ChartPane(JFreeChart chart) {
        getStyleClass().add("chart-pane");
        getChildren().add(canvas);
        setChart(chart);
    }

    /** Shows another chart (one redraw). */
    public void setChart(JFreeChart next) {
        if (chart == next) {
            return;
        }
        if (chart != null) {
            chart.removeChangeListener(redraw);
        }
        chart = next;
        if (chart != null) {
            chart.addChangeListener(redraw);
        }
        draw();
    }

    public JFreeChart getChart() {
        return chart;
    }

    private void chartChanged(ChartChangeEvent event) {
        draw();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            draw();
        }
    }

    /** Draws the chart now, on the FX thread. */
    public void draw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (chart == null || width <= 0 || height <= 0) {
            return;
        }
        graphics.setClip(null);
        GraphicsContext context = canvas.getGraphicsContext2D();
        context.clearRect(0, 0, width, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        draws++;
    }

    /** How many times the chart was drawn, for benchmarks. */
    public long draws() {
        return draws;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 240;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 80;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 60;
    }
}
