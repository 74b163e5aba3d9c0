package io.hyperdesk.gui.monitor.scatter;

import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.gui.monitor.MetricColorScale;
import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The JFreeChart behind the parameter scatter: one XYZ series (x, y, score) drawn by a shape
 * renderer through the score colour scale, a paint-scale legend on the right, rings around the
 * selected and the best run. {@link #show} changes it with notification off: one redraw.
 */
final class ScatterChart {

    private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final PrimaryMetric metric;
    private final DefaultXYZDataset dataset = new DefaultXYZDataset();
    private final XYShapeRenderer renderer = new XYShapeRenderer();
    private final XYPlot plot;
    private final JFreeChart chart;
    private PaintScaleLegend legend;

    ScatterChart(PrimaryMetric metric) {
        this.metric = metric;
        renderer.setDefaultShape(new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(true);
        renderer.setDefaultOutlinePaint(new Color(255, 255, 255, 160));
        renderer.setDefaultOutlineStroke(new BasicStroke(0.6f));
        plot = new XYPlot(dataset, new NumberAxis("x"), new NumberAxis("y"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlineVisible(false);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
    }

    JFreeChart chart() {
        return chart;
    }

    void show(RunColumn xColumn, RunColumn yColumn, boolean logX, boolean logY, List<RunRow> rows, double[] xs,
              double[] ys, List<RunRow> all, RunRow selected, RunRow best) {
        chart.setNotify(false);
        try {
            plot.setDomainAxis(axis(xColumn, logX, xs));
            plot.setRangeAxis(axis(yColumn, logY, ys));
            double[] zs = new double[rows.size()];
            for (int i = 0; i < zs.length; i++) {
                zs[i] = rows.get(i).score();
            }
            if (dataset.getSeriesCount() > 0) {
                dataset.removeSeries(dataset.getSeriesKey(0));
            }
            dataset.addSeries("runs", new double[][] {xs, ys, zs});
            MetricColorScale scale = MetricColorScale.of(all, metric.goal());
            ScorePaintScale paintScale = new ScorePaintScale(scale);
            renderer.setPaintScale(paintScale);
            if (legend != null) {
                chart.removeSubtitle(legend);
            }
            NumberAxis legendAxis = new NumberAxis("best " + metric.name() + " (" + metric.goal().jsonName() + ")");
            legendAxis.setLabelFont(TICK_FONT);
            legendAxis.setTickLabelFont(TICK_FONT);
            legendAxis.setAutoRangeIncludesZero(false);
            legend = new PaintScaleLegend(paintScale, legendAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setStripWidth(14);
            legend.setAxisOffset(4);
            legend.setMargin(new RectangleInsets(10, 10, 10, 4));
            legend.setFrame(BlockBorder.NONE);
            chart.addSubtitle(legend);
            plot.clearAnnotations();
            ring(rows, xs, ys, best, new Color(0x111111), 2.5f, 16);
            ring(rows, xs, ys, selected, new Color(0xe91e63), 2.5f, 20);
        } finally {
            chart.setNotify(true);
        }
    }

    private void ring(List<RunRow> rows, double[] xs, double[] ys, RunRow run, Color color, float width, double pixels) {
        int i = run == null ? -1 : rows.indexOf(run);
        if (i < 0 || !Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
            return;
        }
        plot.addAnnotation(new PixelRing(xs[i], ys[i], pixels, new BasicStroke(width), color), false);
    }

    private static ValueAxis axis(RunColumn column, boolean log, double[] values) {
        ValueAxis axis;
        if (column.kind() == RunColumn.Kind.CATEGORY) {
            SymbolAxis symbols = new SymbolAxis(column.header(), column.categories().toArray(new String[0]));
            symbols.setGridBandsVisible(false);
            axis = symbols;
        } else if (log && allPositive(values)) {
            LogAxis logAxis = new LogAxis(column.header() + " (log scale)");
            logAxis.setSmallestValue(1e-300);
            axis = logAxis;
        } else {
            NumberAxis numbers = new NumberAxis(column.header());
            numbers.setAutoRangeIncludesZero(false);
            axis = numbers;
        }
        axis.setLabelFont(AXIS_FONT);
        axis.setTickLabelFont(TICK_FONT);
        return axis;
    }

    private static boolean allPositive(double[] values) {
        for (double value : values) {
            if (!(value > 0) && !Double.isNaN(value)) {
                return false;
            }
        }
        return true;
    }

    /** A ring of fixed pixel size around a data point (a shape annotation would scale with the axes). */
    private static final class PixelRing extends AbstractXYAnnotation {
        private final double x;
        private final double y;
        private final double pixels;
        private final BasicStroke stroke;
        private final Color color;

        PixelRing(double x, double y, double pixels, BasicStroke stroke, Color color) {
            this.x = x;
            this.y = y;
            this.pixels = pixels;
            this.stroke = stroke;
            this.color = color;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
            java.awt.Stroke old = g2.getStroke();
            g2.setStroke(stroke);
            g2.setPaint(color);
            g2.draw(new Ellipse2D.Double(px - pixels / 2, py - pixels / 2, pixels, pixels));
            g2.setStroke(old);
        }
    }
}
