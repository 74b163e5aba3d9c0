package io.hyperdesk.gui.monitor.plot;

import io.hyperdesk.gui.monitor.MetricColorScale;
import io.hyperdesk.gui.monitor.RunRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The JFreeChart behind the metric plot: dataset 0 holds the run lines, datasets 1 and 2 the
 * scatter mode's points and running-best steps. {@link #show} changes everything with the
 * chart's notification off and turns it back on once, so each refresh is one redraw.
 */
final class MetricChart {

    private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final String primaryMetric;
    private final RunSeriesDataset lines = new RunSeriesDataset();
    private final RunLineRenderer lineRenderer = new RunLineRenderer();
    private final XYSeriesCollection points = new XYSeriesCollection();
    private final XYSeriesCollection steps = new XYSeriesCollection();
    private final XYPlot plot;
    private final JFreeChart chart;
    private final NumberAxis linearAxis;
    private final LogAxis logAxis;
    /** The ranges of the current background image of run lines; null in vector mode. */
    private RunLinesImage.Frame frame;

    MetricChart(String primaryMetric) {
        this.primaryMetric = primaryMetric;
        NumberAxis domain = new NumberAxis("Interval");
        domain.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        domain.setAutoRangeIncludesZero(false);
        style(domain);
        linearAxis = new NumberAxis(primaryMetric);
        linearAxis.setAutoRangeIncludesZero(false);
        style(linearAxis);
        logAxis = new LogAxis(primaryMetric);
        logAxis.setSmallestValue(1e-12);
        style(logAxis);
        plot = new XYPlot(lines, domain, linearAxis, lineRenderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        pointRenderer.setSeriesPaint(0, new Color(0x6a00a8));
        pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        plot.setDataset(1, points);
        plot.setRenderer(1, pointRenderer);
        XYStepRenderer stepRenderer = new XYStepRenderer();
        stepRenderer.setSeriesPaint(0, new Color(0x111111));
        stepRenderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setDataset(2, steps);
        plot.setRenderer(2, stepRenderer);
        // Transparent: the view puts the image of a big sweep's lines under the chart (MetricPlotView).
        plot.setBackgroundPaint(null);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setOutlineVisible(false);
        plot.setBackgroundImageAlpha(1f);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(TICK_FONT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(AXIS_FONT);
        axis.setTickLabelFont(TICK_FONT);
    }

    JFreeChart chart() {
        return chart;
    }

    XYPlot plot() {
        return plot;
    }

    RunSeriesDataset lines() {
        return lines;
    }

    /**
     * Shows {@code data}: one redraw. With {@code withImage} only the best and the selected run are
     * vectors; the other lines come from the image last given to {@link #applyImage}.
     */
    void show(MetricPlotData data, MetricColorScale scale, boolean log, boolean primary, boolean withImage) {
        show(data, scale, log, primary, withImage, null);
    }

    /**
     * As {@link #show}, with the frame of a freshly drawn image of the run lines (the view shows
     * the image under the chart): the axes are fixed to the frame in the same redraw.
     */
    void show(MetricPlotData data, MetricColorScale scale, boolean log, boolean primary, boolean withImage,
              RunLinesImage.Frame newFrame) {
        chart.setNotify(false);
        try {
            if (withImage && newFrame != null) {
                frame = newFrame;
            }
            ValueAxis range = log ? logAxis : linearAxis;
            if (!withImage || (frame != null && frame.log() != log)) {
                frame = null;
                plot.getDomainAxis().setAutoRange(true);
                linearAxis.setAutoRange(true);
                logAxis.setAutoRange(true);
            }
            if (withImage && frame != null) {
                setRanges(range);
            }
            range.setLabel(data.metric() + (log ? " (log scale)" : ""));
            if (plot.getRangeAxis() != range) {
                plot.setRangeAxis(range);
            }
            plot.getDomainAxis().setLabel(data.scatter() ? "Run number"
                    : primary ? "Interval (value logged for " + primaryMetric + ")" : "Step (value logged)");
            List<String> keys = new ArrayList<>();
            List<io.hyperdesk.engine.run.MetricSeries> series = new ArrayList<>();
            List<RunLine> vectors = withImage ? data.lines().stream()
                    .filter(l -> l.style() == RunLine.Style.BEST || l.style() == RunLine.Style.SELECTED).toList()
                    : data.lines();
            for (RunLine line : vectors) {
                keys.add(line.row().runId());
                series.add(line.row().series(data.metric()));
            }
            lineRenderer.setStyles(vectors, scale);
            lines.setSeries(keys, series);
            points.removeAllSeries();
            steps.removeAllSeries();
            if (data.scatter()) {
                XYSeries runs = new XYSeries("Run", true, true);
                XYSeries best = new XYSeries("Running best", true, true);
                for (int i = 0; i < data.points().size(); i++) {
                    RunRow row = data.points().get(i);
                    double value = row.series(data.metric()).valueAt(1);
                    runs.add(row.number(), Double.isFinite(value) ? value : Double.NaN, false);
                    best.add(row.number(), Double.isFinite(data.runningBest()[i]) ? data.runningBest()[i] : Double.NaN, false);
                }
                points.addSeries(runs);
                steps.addSeries(best);
            }
            plot.setFixedLegendItems(legend(data.scatter(), scale));
        } finally {
            chart.setNotify(true);
        }
    }

    /** The frame the axes are fixed to in image mode; null otherwise. */
    RunLinesImage.Frame frame() {
        return frame;
    }

    /**
     * Saves the chart as PNG, with {@code lines} (the image of a big sweep's run lines, or null)
     * as the plot's background and white behind everything, as the screen shows it.
     */
    void savePng(java.io.File file, int width, int height, java.awt.Image lines) throws java.io.IOException {
        chart.setNotify(false);
        try {
            chart.setBackgroundPaint(Color.WHITE);
            plot.setBackgroundImage(lines);
            org.jfree.chart.ChartUtils.saveChartAsPNG(file, chart, width, height);
        } finally {
            chart.setBackgroundPaint(null);
            plot.setBackgroundImage(null);
            chart.setNotify(true);
        }
    }

    private void setRanges(ValueAxis range) {
        plot.getDomainAxis().setRange(frame.xLow(), frame.xHigh());
        range.setRange(frame.yLow(), frame.yHigh());
    }

    private LegendItemCollection legend(boolean scatter, MetricColorScale scale) {
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-9, 0, 9, 0);
        if (scatter) {
            items.add(item("Run (one value each)", new Ellipse2D.Double(-4, -4, 8, 8), true, new Color(0x6a00a8), null));
            items.add(lineItem("Running best", line, new Color(0x111111), new BasicStroke(2f)));
            return items;
        }
        items.add(lineItem("Best run", line, RunLineRenderer.BEST, RunLineRenderer.BEST_STROKE));
        items.add(lineItem("Selected run", line, RunLineRenderer.SELECTED, RunLineRenderer.SELECTED_STROKE));
        items.add(lineItem("Canceled run", line, RunLineRenderer.CANCELED.darker(), RunLineRenderer.CANCELED_STROKE));
        items.add(item("Worse score", new Rectangle2D.Double(-5, -5, 10, 10), true, scale.awt(scale.goal()
                == io.hyperdesk.engine.run.Goal.MAXIMIZE ? scale.low() : scale.high(), 255), null));
        items.add(item("Better score", new Rectangle2D.Double(-5, -5, 10, 10), true, scale.awt(scale.goal()
                == io.hyperdesk.engine.run.Goal.MAXIMIZE ? scale.high() : scale.low(), 255), null));
        return items;
    }

    private static LegendItem lineItem(String label, Line2D line, Color color, java.awt.Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, false, new Rectangle2D.Double(), false, color,
                false, color, stroke, true, line, stroke, color);
        item.setLabelFont(TICK_FONT);
        return item;
    }

    private static LegendItem item(String label, java.awt.Shape shape, boolean filled, Color color, java.awt.Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, shape, color);
        item.setLabelFont(TICK_FONT);
        return item;
    }
}
