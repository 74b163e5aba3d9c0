package io.hyperdesk.gui.preview;

import io.hyperdesk.gui.common.ChartPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The histogram of the selected parameter's draws (JFreeChart-FX): bars over the values in
 * natural units, on a log axis for the log kinds, or one bar per choice value. Each new histogram
 * replaces the dataset and axis with notification off, then the chart redraws once (DESIGN).
 * Log axes tick at powers of ten only.
 * FX thread only.
 */
public final class PreviewChartView extends VBox {

    private final XYPlot numericPlot;
    private final CategoryPlot categoryPlot;
    private final JFreeChart numericChart;
    private final JFreeChart categoryChart;
    private final NumberAxis linearAxis = new NumberAxis();
    private final LogAxis logAxis = new LogAxis();
    private final ChartPane viewer;
    private String valueLabel = "value";

    public PreviewChartView(PreviewViewModel preview) {
        getStyleClass().add("preview");
        NumberAxis countAxis = new NumberAxis("draws");
        countAxis.setNumberFormatOverride(new AxisNumberFormat());
        countAxis.setAutoRangeIncludesZero(true);
        XYBarRenderer bars = new XYBarRenderer(0.0);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setSeriesPaint(0, ChartStyle.BAR);
        bars.setSeriesOutlinePaint(0, java.awt.Color.WHITE);
        numericPlot = new XYPlot(new DefaultIntervalXYDataset(), linearAxis, countAxis, bars);
        numericPlot.setOrientation(PlotOrientation.VERTICAL);
        numericPlot.setDomainGridlinesVisible(false);
        numericPlot.setRangeGridlinePaint(ChartStyle.GRID);
        numericPlot.setRangeGridlineStroke(ChartStyle.gridStroke());
        numericChart = new JFreeChart(null, null, numericPlot, false);

        NumberAxis categoryCounts = new NumberAxis("draws");
        categoryCounts.setNumberFormatOverride(new AxisNumberFormat());
        CategoryAxis values = new CategoryAxis("value");
        values.setCategoryMargin(0.25);
        BarRenderer categoryBars = new BarRenderer();
        categoryBars.setBarPainter(new StandardBarPainter());
        categoryBars.setShadowVisible(false);
        categoryBars.setSeriesPaint(0, ChartStyle.BAR);
        categoryBars.setMaximumBarWidth(0.12);
        categoryPlot = new CategoryPlot(new DefaultCategoryDataset(), values, categoryCounts, categoryBars);
        categoryPlot.setRangeGridlinePaint(ChartStyle.GRID);
        categoryPlot.setRangeGridlineStroke(ChartStyle.gridStroke());
        categoryChart = new JFreeChart(null, null, categoryPlot, false);

        for (JFreeChart chart : new JFreeChart[] {numericChart, categoryChart}) {
            ChartStyle.apply(chart);
        }
        for (var axis : new org.jfree.chart.axis.Axis[] {linearAxis, logAxis, countAxis, categoryCounts, values}) {
            ChartStyle.axis(axis);
        }
        linearAxis.setNumberFormatOverride(new AxisNumberFormat());
        linearAxis.setAutoRangeIncludesZero(false);
        logAxis.setNumberFormatOverride(new AxisNumberFormat());
        logAxis.setSmallestValue(1e-300);
        logAxis.setMinorTickMarksVisible(true);
        org.jfree.chart.axis.TickUnits decades = new org.jfree.chart.axis.TickUnits();
        for (int step : new int[] {1, 2, 3, 5, 10, 20, 50, 100}) {
            decades.add(new org.jfree.chart.axis.NumberTickUnit(step, new AxisNumberFormat()));
        }
        logAxis.setStandardTickUnits(decades);
        numericPlot.setNoDataMessage("Fix the expression to see its distribution");
        categoryPlot.setNoDataMessage("Fix the expression to see its distribution");

        viewer = new ChartPane(numericChart);
        viewer.setId("previewChart");
        viewer.setMinSize(200, 140);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        Label caption = new Label();
        caption.setId("previewCaption");
        caption.getStyleClass().add("hint");
        caption.setWrapText(true);
        caption.setMinHeight(USE_PREF_SIZE);
        caption.textProperty().bind(preview.captionProperty());
        getChildren().addAll(viewer, caption);
        setSpacing(4);
        preview.histogramProperty().addListener((o, was, now) -> show(now));
        preview.valueLabelProperty().addListener((o, was, now) -> valueLabel = now);
        show(preview.histogramProperty().get());
    }

    /** The pane the chart is drawn in, for benchmarks. */
    public ChartPane chartPane() {
        return viewer;
    }

    /** Puts {@code histogram} on the chart in one redraw; null shows the "fix it" message. */
    public void show(Histogram histogram) {
        if (histogram instanceof Histogram.Categorical categorical) {
            showCategories(categorical);
        } else {
            showBars((Histogram.Numeric) histogram);
        }
    }

    private void showBars(Histogram.Numeric histogram) {
        numericChart.setNotify(false);
        DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
        if (histogram != null) {
            int n = histogram.bars();
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = histogram.logScale() ? Math.sqrt(histogram.lower()[i] * histogram.upper()[i])
                        : (histogram.lower()[i] + histogram.upper()[i]) / 2;
                y[i] = histogram.counts()[i];
            }
            dataset.addSeries("draws", new double[][] {x, histogram.lower(), histogram.upper(), y, y, y});
            ValueAxis axis = histogram.logScale() ? logAxis : linearAxis;
            axis.setLabel(valueLabel + (histogram.logScale() ? " (log scale)" : ""));
            if (axis == linearAxis) {
                boolean integers = histogram.discrete() && isIntegral(histogram);
                linearAxis.setStandardTickUnits(integers ? NumberAxis.createIntegerTickUnits()
                        : NumberAxis.createStandardTickUnits());
            }
            numericPlot.setDomainAxis(axis);
        }
        numericPlot.setDataset(dataset);
        redrawOnce(numericChart);
    }

    /** Turns notification back on and shows {@code chart}: exactly one draw, whether or not the chart type changed. */
    private void redrawOnce(JFreeChart chart) {
        boolean switching = viewer.getChart() != chart;
        if (switching) {
            viewer.setChart(null);
        }
        chart.setNotify(true);
        if (switching) {
            viewer.setChart(chart);
        }
    }

    private static boolean isIntegral(Histogram.Numeric histogram) {
        return histogram.min() == Math.rint(histogram.min()) && histogram.max() == Math.rint(histogram.max());
    }

    private void showCategories(Histogram.Categorical histogram) {
        categoryChart.setNotify(false);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < histogram.labels().size(); i++) {
            dataset.addValue(histogram.counts()[i], "draws", histogram.labels().get(i));
        }
        CategoryAxis axis = categoryPlot.getDomainAxis();
        axis.setLabel(valueLabel);
        axis.setCategoryLabelPositions(histogram.labels().size() > 12 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        categoryPlot.setDataset(dataset);
        redrawOnce(categoryChart);
    }
}
