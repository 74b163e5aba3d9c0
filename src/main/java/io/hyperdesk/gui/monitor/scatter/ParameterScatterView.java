package io.hyperdesk.gui.monitor.scatter;

import io.hyperdesk.engine.space.LogNormal;
import io.hyperdesk.engine.space.LogUniform;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.QLogNormal;
import io.hyperdesk.engine.space.QLogUniform;
import io.hyperdesk.gui.common.AfterPulse;
import io.hyperdesk.gui.monitor.NearestRun;
import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunColumns;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.best.ChartImage;
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
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;

/**
 * A 2-D scatter of any two parameters (or a parameter and the score), each run a point coloured
 * by its score, with a colour legend (SPEC V4). Choices show their values as category ticks;
 * log-distributed parameters start on a log axis. Clicking a point selects its run; the selected
 * and the best run are ringed. Redraws once per model revision, not while hidden.
 */
public final class ParameterScatterView extends BorderPane implements ChartImage {

    private final SweepMonitorModel model;
    private final ScatterChart chart;
    private final ChartViewer viewer;
    private final ComboBox<RunColumn> xAxis = new ComboBox<>();
    private final ComboBox<RunColumn> yAxis = new ComboBox<>();
    private final CheckBox logX = new CheckBox("Log x");
    private final CheckBox logY = new CheckBox("Log y");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private List<RunRow> shown = List.of();
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private boolean dirty = true;

    public ParameterScatterView(SweepMonitorModel model) {
        this.model = model;
        this.chart = new ScatterChart(model.primaryMetric());
        setId("parameter-scatter");
        List<RunColumn> choices = new ArrayList<>();
        for (RunColumn column : model.columns()) {
            if (column.id().startsWith(RunColumns.PARAMETER_PREFIX) || column.id().equals(RunColumns.BEST)) {
                choices.add(column);
            }
        }
        for (ComboBox<RunColumn> box : List.of(xAxis, yAxis)) {
            box.getItems().setAll(choices);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(RunColumn column) {
                    return column == null ? "" : column.header();
                }

                @Override
                public RunColumn fromString(String text) {
                    return null;
                }
            });
        }
        xAxis.setId("scatter-x");
        yAxis.setId("scatter-y");
        xAxis.setValue(choices.get(0));
        yAxis.setValue(choices.size() > 2 ? choices.get(1) : choices.get(choices.size() - 1));
        logX.setSelected(isLogDistributed(xAxis.getValue()));
        logY.setSelected(isLogDistributed(yAxis.getValue()));
        xAxis.valueProperty().addListener((o, old, column) -> {
            logX.setSelected(isLogDistributed(column));
            refresh();
        });
        yAxis.valueProperty().addListener((o, old, column) -> {
            logY.setSelected(isLogDistributed(column));
            refresh();
        });
        logX.selectedProperty().addListener(o -> refresh());
        logY.selectedProperty().addListener(o -> refresh());
        HBox bar = new HBox(8, new Label("x:"), xAxis, logX, new Label("y:"), yAxis, logY);
        bar.getStyleClass().add("monitor-toolbar");
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
        setTop(bar);
        setCenter(viewer);
        // Redrawn after the drain's frame, not inside it (AfterPulse).
        AfterPulse redraw = new AfterPulse(this::refresh);
        model.chartRevisionProperty().addListener(o -> redraw.request());
        model.selectedRunProperty().addListener(o -> refresh());
        active.addListener((o, old, on) -> {
            if (on && dirty) {
                refresh();
            }
        });
        refresh();
    }

    private boolean isLogDistributed(RunColumn column) {
        for (Parameter parameter : model.config().space().parameters()) {
            if (column != null && column.id().equals(RunColumns.parameterId(parameter.name()))) {
                var e = parameter.expression();
                return e instanceof LogUniform || e instanceof QLogUniform || e instanceof LogNormal || e instanceof QLogNormal;
            }
        }
        return false;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** Rebuilds the points from the visible runs and redraws once. UI thread. */
    public void refresh() {
        if (!active.get()) {
            dirty = true;
            return;
        }
        dirty = false;
        shown = new ArrayList<>(model.visibleRows());
        xs = ScatterAxisValues.of(xAxis.getValue(), shown);
        ys = ScatterAxisValues.of(yAxis.getValue(), shown);
        chart.show(xAxis.getValue(), yAxis.getValue(), logX.isSelected(), logY.isSelected(), shown, xs, ys,
                model.rows(), model.selectedRunProperty().get(), model.bestRunProperty().get());
    }

    /** How many points are plotted now. */
    public int pointCount() {
        return shown.size();
    }

    public JFreeChart chart() {
        return chart.chart();
    }

    private void select(double x, double y) {
        if (viewer.getCanvas().getRenderingInfo() == null) {
            return;
        }
        Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = chart.chart().getXYPlot();
        NearestRun nearest = new NearestRun(plot, area, x, y);
        for (int i = 0; i < shown.size(); i++) {
            nearest.offer(shown.get(i), xs[i], ys[i]);
        }
        nearest.nearest().ifPresent(model.selectedRunProperty()::set);
    }

    @Override
    public String imageName() {
        return "parameter-scatter";
    }

    @Override
    public void savePng(Path file) throws IOException {
        org.jfree.chart.ChartUtils.saveChartAsPNG(file.toFile(), chart.chart(), 1200, 800);
    }
}
