package io.hyperdesk.gui.monitor.plot;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.gui.common.AfterPulse;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.MetricColorScale;
import io.hyperdesk.gui.monitor.NearestRun;
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
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;

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
    private final RunLinesLayer lines;
    private MetricPlotData data;
    private boolean dirty = true;
    private boolean imageMode;

    /** Above this many points the run lines are drawn off the UI thread into an image ({@link RunLinesImage}). */
    static final int IMAGE_THRESHOLD = 5_000;


    public MetricPlotView(SweepMonitorModel model, BackgroundExecutor background, UiExecutor ui) {
        this.model = model;
        this.lines = new RunLinesLayer(background, ui);
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
        Pane layers = new Pane(lines.node(), viewer) {
            @Override
            protected void layoutChildren() {
                viewer.resizeRelocate(0, 0, getWidth(), getHeight());
                viewer.layout();
                placeLines();
            }
        };
        layers.setStyle("-fx-background-color: white;");
        setCenter(layers);
        viewer.widthProperty().addListener(o -> resized());
        viewer.heightProperty().addListener(o -> resized());
        AfterPulse redraw = new AfterPulse(() -> refresh(false));
        model.chartRevisionProperty().addListener((o, old, now) -> redraw.request());
        model.selectedRunProperty().addListener((o, old, now) -> refresh());
        active.addListener((o, old, on) -> {
            if (on && dirty) {
                refresh();
            }
        });
        refresh();
    }

    private void resized() {
        if (imageMode && active.get() && data != null) {
            drawImage(MetricColorScale.of(model.rows(), model.primaryMetric().goal()));
        }
    }

    /** While false the plot does not redraw (its tab is hidden); it catches up when shown. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Rebuilds the datasets from the model and redraws once. UI thread. */
    public void refresh() {
        refresh(true);
    }

    /**
     * @param now redraw at once; otherwise, for a big sweep already drawn as an image, the redraw
     *            waits for the new image (one redraw per batch instead of two)
     */
    private void refresh(boolean now) {
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
        long points = 0;
        for (RunLine line : data.lines()) {
            points += line.row().series(name).intervals();
        }
        boolean wasImageMode = imageMode;
        imageMode = !data.scatter() && points > IMAGE_THRESHOLD;
        if (now || !imageMode || !wasImageMode) {
            chart.show(data, scale, logScale.isSelected(), isPrimary(), imageMode);
        }
        if (!imageMode) {
            lines.clear();
        }
        placeLines();
        if (imageMode) {
            drawImage(scale);
        }
    }

    private boolean isPrimary() {
        return data.metric().equals(model.primaryMetric().name());
    }

    /** Draws every line into an image in the background, then shows it with the chart: one redraw. */
    private void drawImage(MetricColorScale scale) {
        List<RunLinesImage.Line> drawn = new ArrayList<>(data.lines().size());
        for (RunLine line : data.lines()) {
            boolean canceled = line.style() == RunLine.Style.CANCELED;
            int argb = canceled ? RunLineRenderer.CANCELED.getRGB() : scale.awt(line.row().score(), 190).getRGB();
            drawn.add(new RunLinesImage.Line(line.row().series(data.metric()), argb, canceled));
        }
        Rectangle2D area = dataArea();
        int width = (int) Math.round(area.getWidth());
        int height = (int) Math.round(area.getHeight());
        lines.draw(drawn, logScale.isSelected(), width, height, image -> {
            if (imageMode && image.log() == logScale.isSelected()) {
                chart.show(data, scale, image.log(), isPrimary(), true, image.frame());
                lines.show(image);
                placeLines();
                Rectangle2D now = dataArea();
                if (Math.abs(now.getWidth() - width) > 2 || Math.abs(now.getHeight() - height) > 2) {
                    drawImage(scale);
                }
            }
        });
    }

    /** Lays the lines image over the chart's data area as last drawn (hidden when there is none). */
    private void placeLines() {
        var info = viewer.getCanvas().getRenderingInfo();
        boolean show = imageMode && chart.frame() != null && info != null;
        lines.place(show ? info.getPlotInfo().getDataArea() : null);
    }

    /** The plot's data area as last drawn, or an estimate before the first draw. */
    private Rectangle2D dataArea() {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info != null && info.getPlotInfo().getDataArea().getWidth() > 10) {
            return info.getPlotInfo().getDataArea();
        }
        return new Rectangle2D.Double(0, 0, Math.max(200, viewer.getWidth() - 90), Math.max(120, viewer.getHeight() - 90));
    }

    /** True while the run lines are an image drawn in the background (big sweeps). */
    public boolean isImageMode() {
        return imageMode;
    }

    /** The image of the run lines under the chart (image mode), or null. */
    public Image linesImage() {
        return imageMode ? lines.fxImage() : null;
    }

    ChartViewer viewer() {
        return viewer;
    }

    /** What the plot shows now. */
    public MetricPlotData data() {
        return data;
    }

    /** The plotted vector series: one per run in lines mode (only the best and selected run in image mode). */
    public int lineCount() {
        return chart.lines().getSeriesCount();
    }

    public JFreeChart chart() {
        return chart.chart();
    }

    /** Selects the run whose line or point is nearest to a click ({@link NearestRun}). */
    private void select(double x, double y) {
        if (data == null || viewer.getCanvas().getRenderingInfo() == null) {
            return;
        }
        Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = chart.plot();
        double interval = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        NearestRun nearest = new NearestRun(plot, area, x, y);
        if (data.scatter()) {
            data.points().forEach(row -> nearest.offer(row, row.number(), row.series(data.metric()).valueAt(1)));
        } else {
            int at = (int) Math.round(interval);
            for (RunLine line : data.lines()) {
                var series = line.row().series(data.metric());
                if (at >= 1 && at <= series.intervals()) {
                    nearest.offerAtClick(line.row(), series.valueAt(at));
                }
            }
        }
        nearest.nearest().ifPresent(model.selectedRunProperty()::set);
    }

    @Override
    public String imageName() {
        return "metric-plot";
    }

    @Override
    public void savePng(Path file) throws IOException {
        // An image of the run lines is as wide as the plot on screen: save at that size so it is not stretched.
        int width = imageMode ? (int) Math.max(400, viewer.getWidth()) : 1400;
        int height = imageMode ? (int) Math.max(300, viewer.getHeight()) : 800;
        chart.savePng(file.toFile(), width, height, imageMode ? lines.image() : null);
    }


}
