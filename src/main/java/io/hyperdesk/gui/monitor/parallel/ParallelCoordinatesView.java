package io.hyperdesk.gui.monitor.parallel;

import io.hyperdesk.engine.space.LogNormal;
import io.hyperdesk.engine.space.LogUniform;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.QLogNormal;
import io.hyperdesk.engine.space.QLogUniform;
import io.hyperdesk.gui.common.AfterPulse;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.LatestWins;
import io.hyperdesk.gui.monitor.MetricColorScale;
import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunColumns;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.ValueRange;
import io.hyperdesk.gui.monitor.best.ChartImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * The parallel-coordinates chart (SPEC V3) on a Canvas: one axis per parameter plus the primary
 * metric's score (rightmost, also the colour scale). Dragging along an axis brushes a range that
 * filters the runs everywhere (it becomes a range of the model's filter when the mouse is
 * released; while dragging only this chart redraws); a click on an axis clears its brush;
 * dragging an axis title moves the axis; right-clicking an axis toggles its log scale. Re-laying
 * out the runs (new data, axis order, log scales) happens off the UI thread, latest request wins.
 */
public final class ParallelCoordinatesView extends BorderPane implements ChartImage {

    private final SweepMonitorModel model;
    private final Canvas canvas = new Canvas();
    private final ParallelPainter painter = new ParallelPainter();
    private final LatestWins<ParallelLayout> relayout;
    private final List<String> parameterOrder = new ArrayList<>();
    private final Set<String> logAxes = new HashSet<>();
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final ParallelMouse mouse;
    private ParallelLayout layout;
    private boolean dirty = true;
    private final ParallelLinesLayer lines;
    private ParallelPainter.State state;
    private long lastPaintNanos;
    /** The brush being dragged, or null. */
    private ParallelBrush brush;

    public ParallelCoordinatesView(SweepMonitorModel model) {
        this(model, BackgroundExecutor.threads("parallel-layout"), UiExecutor.fx());
    }

    public ParallelCoordinatesView(SweepMonitorModel model, BackgroundExecutor background, UiExecutor ui) {
        this.model = model;
        this.relayout = new LatestWins<>(background, ui);
        this.lines = new ParallelLinesLayer(background, ui);
        setId("parallel-coordinates");
        for (Parameter parameter : model.config().space().parameters()) {
            parameterOrder.add(RunColumns.parameterId(parameter.name()));
            if (parameter.expression() instanceof LogUniform || parameter.expression() instanceof QLogUniform
                    || parameter.expression() instanceof LogNormal || parameter.expression() instanceof QLogNormal) {
                logAxes.add(RunColumns.parameterId(parameter.name()));
            }
        }
        Pane holder = new Pane(canvas);
        holder.setMinSize(300, 200);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> paint());
        canvas.heightProperty().addListener(o -> paint());
        Button clear = new Button("Clear brushes");
        clear.setId("parallel-clear");
        clear.setOnAction(e -> axisIds().forEach(id -> model.setRange(id, null)));
        Label hint = new Label("Drag along an axis to filter · click an axis to clear · drag a title to move · "
                + "right-click an axis for log scale");
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(10, clear, hint);
        bar.getStyleClass().add("monitor-toolbar");
        setTop(bar);
        setCenter(holder);
        mouse = new ParallelMouse(this, canvas);
        // Redrawn after the drain's frame, not inside it (AfterPulse).
        AfterPulse redraw = new AfterPulse(() -> relayout(false));
        model.chartRevisionProperty().addListener((o, old, now) -> redraw.request());
        model.selectedRunProperty().addListener((o, old, now) -> paint());
        active.addListener((o, old, on) -> {
            if (on && dirty) {
                relayout(false);
            }
        });
        relayout(true);
    }

    /** While false the chart neither lays out nor paints (its tab is hidden). */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Re-lays out the runs: in the background (latest wins), or at once when {@code now}. UI thread. */
    public void relayout(boolean now) {
        if (!active.get()) {
            dirty = true;
            return;
        }
        dirty = false;
        List<RunColumn> columns = axisIds().stream().map(model::column).toList();
        List<RunRow> rows = new ArrayList<>(model.rows());
        MetricColorScale scale = MetricColorScale.of(rows, model.primaryMetric().goal());
        ParallelLayout.Input input = ParallelLayout.Input.read(columns, logAxes, rows, scale);
        if (now) {
            layout = ParallelLayout.compute(input);
            paint();
        } else {
            relayout.submit(() -> ParallelLayout.compute(input), result -> {
                layout = result;
                paint();
            });
        }
    }

    /** The axes' column ids, left to right: the parameters in the user's order, then the score. */
    public List<String> axisIds() {
        List<String> ids = new ArrayList<>(parameterOrder);
        ids.add(RunColumns.BEST);
        return ids;
    }

    /**
     * Paints the chart as it is now: at once with the current lines image, and again when a new
     * lines image (different runs visible, axes moved, resized) has been drawn in the background,
     * latest request wins. Records how long the UI thread spent and how long the new lines took.
     */
    public void paint() {
        if (layout == null || !active.get() || canvas.getWidth() < 10 || canvas.getHeight() < 10) {
            return;
        }
        long start = System.nanoTime();
        ParallelGeometry geometry = geometry();
        boolean[] visible = new boolean[layout.rows().size()];
        for (int r = 0; r < visible.length; r++) {
            visible[r] = brush != null ? brush.passes(layout, r) : layout.rows().get(r).isVisible();
        }
        state = new ParallelPainter.State(visible, brushes(), model.selectedRunProperty().get(),
                model.bestRunProperty().get(), mouse.draggedAxis(), mouse.draggedX());
        double[] xs = ParallelPainter.axisXs(geometry, state, layout.axes().size());
        boolean dragging = brush != null || mouse.draggedAxis() >= 0;
        lines.request(new ParallelLinesLayer.Request(layout, visible, xs, geometry, !dragging), this::paintNow);
        paintNow();
        lastPaintNanos = System.nanoTime() - start;
    }

    private void paintNow() {
        if (layout != null && state != null && state.visible().length == layout.rows().size()) {
            painter.paint(canvas.getGraphicsContext2D(), geometry(), layout, state, lines.image());
        }
    }

    private Map<Integer, double[]> brushes() {
        Map<Integer, double[]> brushes = new HashMap<>();
        model.filterProperty().get().ranges().forEach((id, range) -> {
            int axis = layout.axisIndex(id);
            if (axis >= 0 && (brush == null || axis != brush.axis())) {
                brushes.put(axis, layout.axes().get(axis).positionsOf(range));
            }
        });
        if (brush != null) {
            brushes.put(brush.axis(), brush.positions());
        }
        return brushes;
    }

    ParallelGeometry geometry() {
        return new ParallelGeometry(canvas.getWidth(), canvas.getHeight(), layout == null ? 0 : layout.axes().size());
    }

    /**
     * Shows a brush from position {@code from} to {@code to} (0 bottom .. 1 top) on an axis while it
     * is dragged: only this chart redraws. {@link #endBrush()} hands it to the model.
     */
    public void dragBrush(String columnId, double from, double to) {
        int axis = layout.axisIndex(columnId);
        if (axis < 0) {
            throw new IllegalArgumentException("no axis '" + columnId + "'; axes are " + axisIds());
        }
        if (brush == null || brush.axis() != axis) {
            brush = ParallelBrush.start(layout, axis, model.filterProperty().get(), model.columns());
        }
        brush.span(from, to);
        paint();
    }

    /** Ends a brush drag: its range becomes the model's range of that column (every view follows). */
    public void endBrush() {
        if (brush == null) {
            return;
        }
        ParallelBrush ended = brush;
        brush = null;
        model.setRange(layout.axes().get(ended.axis()).id(), ended.range(layout));
        paint();
    }

    /** Removes the brush of one axis. */
    public void clearBrush(String columnId) {
        model.setRange(columnId, null);
    }

    /** Moves a parameter axis to slot {@code index} (the score's axis stays rightmost). */
    public void moveAxis(String columnId, int index) {
        if (!parameterOrder.remove(columnId)) {
            return;
        }
        parameterOrder.add(Math.max(0, Math.min(index, parameterOrder.size())), columnId);
        relayout(false);
    }

    /** Turns an axis' log scale on or off (ignored where values are not all positive). */
    public void setLogScale(String columnId, boolean on) {
        if (on) {
            logAxes.add(columnId);
        } else {
            logAxes.remove(columnId);
        }
        relayout(false);
    }

    /** A point on an axis in the canvas' coordinates, for tests and the mouse handler. */
    public Point2D pointOnAxis(String columnId, double position) {
        ParallelGeometry geometry = geometry();
        return new Point2D(geometry.axisX(layout.axisIndex(columnId)), geometry.y(position));
    }

    public Canvas canvas() {
        return canvas;
    }

    public ParallelLayout runLayout() {
        return layout;
    }

    SweepMonitorModel model() {
        return model;
    }

    /** How long the UI thread spent in the last {@link #paint()}, in nanoseconds (for the benchmark). */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /**
     * From the last request of new lines (a brush step, a relayout) until they were on the canvas,
     * in nanoseconds: drawing them in the background, handing them over, painting (for the benchmark).
     */
    public long lastLinesNanos() {
        return lines.lastNanos();
    }

    @Override
    public String imageName() {
        return "parallel-coordinates";
    }

    @Override
    public void savePng(Path file) throws IOException {
        io.hyperdesk.gui.monitor.best.CanvasImages.save(canvas, file);
    }
}
