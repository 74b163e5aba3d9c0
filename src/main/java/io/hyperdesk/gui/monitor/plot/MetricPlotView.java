package io.hyperdesk.gui.monitor.plot;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.gui.monitor.MetricColorScale;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.best.ChartImage;
import io.hyperdesk.gui.monitor.table.TopKSpinner;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The metric-over-time plot (SPEC V2), with JFreeChart-FX: one line per visible run over its
 * intervals for the chosen metric, or a scatter over run number with a stepped running-best line
 * when every run logged the metric once. Canceled runs are grey and dashed, the best run thick,
 * the selected run magenta; clicking a line selects its run. It redraws once per model revision,
 * with the chart's notification off while its datasets change, and not at all while hidden
 * ({@link #activeProperty()}).
 */
public final class MetricPlotView extends BorderPane implements ChartImage {

    private final SweepMonitorModel model;
    private final MetricChart chart;
    private final ChartViewer viewer;
    private final ComboBox<String> metric = new ComboBox<>();
    private final CheckBox logScale = new CheckBox("Log scale");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private MetricPlotData data;
    private boolean dirty = true;

    public MetricPlotView(SweepMonitorModel model) {
        this.model = model;
        this.chart = new MetricChart(model.primaryMetric().name());
        setId("metric-plot");
        viewer = new ChartViewer(chart.chart());
        viewer.getCanvas().setTooltipEnabled(false);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                select(event.getTrigger().getX(), event.getTrigger().getY());
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });
        metric.setId("plot-metric");
        metric.setItems(model.metricNames());
        metric.setValue(model.primaryMetric().name());
        metric.valueProperty().addListener((o, old, name) -> refresh());
        logScale.setId("plot-log-scale");
        logScale.selectedProperty().addListener((o, old, on) -> refresh());
        HBox bar = new HBox(8, new Label("Metric:"), metric, new Label("Top k:"), TopKSpinner.create(model), logScale);
        bar.getStyleClass().add("monitor-toolbar");
        setTop(bar);
        setCenter(viewer);
        model.revisionProperty().addListener((o, old, now) -> refresh());
        model.selectedRunProperty().addListener((o, old, now) -> refresh());
        active.addListener((o, old, on) -> {
            if (on && dirty) {
                refresh();
            }
        });
        refresh();
    }

    /** While false the plot does not redraw (its tab is hidden); it catches up when shown. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Rebuilds the datasets from the model and redraws once. UI thread. */
    public void refresh() {
        if (!active.get()) {
            dirty = true;
            return;
        }
        dirty = false;
        String name = metric.getValue() == null ? model.primaryMetric().name() : metric.getValue();
        Goal goal = model.primaryMetric().goal();
        data = MetricPlotData.of(model.visibleRows(), name, goal, model.bestRunProperty().get(),
                model.selectedRunProperty().get());
        MetricColorScale scale = MetricColorScale.of(model.rows(), goal);
        chart.show(data, scale, logScale.isSelected(), name.equals(model.primaryMetric().name()));
    }

    /** What the plot shows now. */
    public MetricPlotData data() {
        return data;
    }

    /** The plotted series: one per run in lines mode. */
    public int lineCount() {
        return chart.lines().getSeriesCount();
    }

    public JFreeChart chart() {
        return chart.chart();
    }

    /** Selects the run whose line or point is nearest to a click, within 8 pixels. */
    private void select(double x, double y) {
        if (data == null || viewer.getCanvas().getRenderingInfo() == null) {
            return;
        }
        Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = chart.plot();
        double interval = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        RunRow nearest = null;
        double nearestDistance = 8;
        List<RunRow> candidates = new ArrayList<>();
        if (data.scatter()) {
            candidates.addAll(data.points());
        } else {
            data.lines().forEach(line -> candidates.add(line.row()));
        }
        for (RunRow row : candidates) {
            var series = row.series(data.metric());
            double px;
            double value;
            if (data.scatter()) {
                px = plot.getDomainAxis().valueToJava2D(row.number(), area, plot.getDomainAxisEdge());
                value = series.valueAt(1);
            } else {
                int at = (int) Math.round(interval);
                if (at < 1 || at > series.intervals()) {
                    continue;
                }
                px = x;
                value = series.valueAt(at);
            }
            double py = plot.getRangeAxis().valueToJava2D(value, area, plot.getRangeAxisEdge());
            double distance = Math.hypot(px - x, py - y);
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest = row;
            }
        }
        if (nearest != null) {
            model.selectedRunProperty().set(nearest);
        }
    }

    @Override
    public String imageName() {
        return "metric-plot";
    }

    @Override
    public void savePng(Path file) throws IOException {
        org.jfree.chart.ChartUtils.saveChartAsPNG(file.toFile(), chart.chart(), 1400, 800);
    }

    /** Scatter-mode series, for tests: run points and the running best. */
    XYSeriesCollection scatterSeries() {
        return chart.scatter();
    }

}
