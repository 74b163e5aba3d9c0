package io.hyperdesk.gui.monitor.parallel;

import io.hyperdesk.gui.monitor.MetricColorScale;
import io.hyperdesk.gui.monitor.RunRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints the parallel-coordinates chart on its Canvas. The runs' lines come as an image drawn in
 * batches off the UI thread ({@link ParallelLinesImage}); only the best and the selected run, the
 * axes, brushes and legend are stroked here. UI thread.
 */
final class ParallelPainter {

    static final Color BEST = Color.rgb(17, 17, 17);
    static final Color SELECTED = Color.web("#e91e63");
    static final Color BRUSH = Color.rgb(30, 136, 229, 0.28);
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 12);
    private static final Font TICK = Font.font("System", 10.5);

    /** What to paint besides the layout. */
    record State(boolean[] visible, Map<Integer, double[]> brushes, RunRow selected, RunRow best, int draggedAxis,
                 double draggedX) {
    }

    /**
     * Paints the chart: the lines image (drawn off the UI thread by {@link ParallelLinesImage}; may
     * be null or a frame old while a new one is drawn), then the best and the selected run, the
     * axes with their brushes, and the colour legend as vectors.
     */
    void paint(GraphicsContext g, ParallelGeometry geometry, ParallelLayout layout, State state, Image lines) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, geometry.width(), geometry.height());
        int axes = layout.axes().size();
        if (axes == 0) {
            return;
        }
        if (lines != null) {
            g.drawImage(lines, 0, 0);
        }
        int best = state.best() == null ? -1 : layout.rows().indexOf(state.best());
        int selected = state.selected() == null ? -1 : layout.rows().indexOf(state.selected());
        if (best >= 0) {
            g.setLineWidth(3.5);
            g.setStroke(BEST);
            strokeRuns(g, geometry, layout, state, r -> r == best);
        }
        if (selected >= 0) {
            g.setLineWidth(3);
            g.setStroke(SELECTED);
            strokeRuns(g, geometry, layout, state, r -> r == selected);
        }
        paintAxes(g, geometry, layout, state);
        paintLegend(g, geometry, layout);
    }

    /** Each axis' x, the one being dragged at the mouse. */
    static double[] axisXs(ParallelGeometry geometry, State state, int axes) {
        double[] xs = new double[axes];
        for (int a = 0; a < axes; a++) {
            xs[a] = axisX(geometry, state, a);
        }
        return xs;
    }

    private static double axisX(ParallelGeometry geometry, State state, int axis) {
        return axis == state.draggedAxis() ? state.draggedX() : geometry.axisX(axis);
    }

    /** One path for all runs passing {@code which}; NaN positions break a run's line. */
    private static void strokeRuns(GraphicsContext g, ParallelGeometry geometry, ParallelLayout layout, State state,
                                   java.util.function.IntPredicate which) {
        int axes = layout.axes().size();
        double[] xs = new double[axes];
        for (int a = 0; a < axes; a++) {
            xs[a] = axisX(geometry, state, a);
        }
        g.beginPath();
        boolean any = ParallelPolylines.trace(layout, xs, geometry, which, g::moveTo, g::lineTo);
        if (any) {
            g.stroke();
        }
    }

    private static void paintAxes(GraphicsContext g, ParallelGeometry geometry, ParallelLayout layout, State state) {
        double room = Math.max(40, geometry.spacing() - 8);
        for (int a = 0; a < layout.axes().size(); a++) {
            ParallelAxis axis = layout.axes().get(a);
            double x = axisX(geometry, state, a);
            double[] brush = state.brushes().get(a);
            if (brush != null) {
                g.setFill(BRUSH);
                double top = geometry.y(brush[1]);
                g.fillRect(x - 8, top, 16, Math.max(2, geometry.y(brush[0]) - top));
            }
            g.setStroke(Color.rgb(60, 60, 60));
            g.setLineWidth(1.2);
            g.strokeLine(x, geometry.top(), x, geometry.bottom());
            g.setFill(Color.rgb(30, 30, 30));
            g.setFont(LABEL);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            String label = axis.column().header() + (axis.isLog() ? " (log)" : "");
            g.fillText(fit(label, room), x, geometry.top() - 22);
            g.setFont(TICK);
            g.setFill(Color.rgb(90, 90, 90));
            List<ParallelAxis.Tick> ticks = thin(axis.ticks(), geometry);
            for (ParallelAxis.Tick tick : ticks) {
                double y = geometry.y(tick.position());
                g.setStroke(Color.rgb(60, 60, 60));
                g.strokeLine(x - 3, y, x, y);
                String text = fit(tick.label(), 70);
                // A light backing keeps the label readable where lines cross it.
                g.setFill(Color.rgb(255, 255, 255, 0.8));
                g.fillRect(x - 6 - text.length() * 6.2, y - 7, text.length() * 6.2 + 2, 14);
                g.setFill(Color.rgb(70, 70, 70));
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(text, x - 5, y);
            }
        }
    }

    /** Keeps every n-th category when they would overlap. */
    private static List<ParallelAxis.Tick> thin(List<ParallelAxis.Tick> ticks, ParallelGeometry geometry) {
        double height = geometry.bottom() - geometry.top();
        int step = (int) Math.ceil(ticks.size() * 14 / Math.max(1, height));
        if (step <= 1) {
            return ticks;
        }
        List<ParallelAxis.Tick> kept = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i += step) {
            kept.add(ticks.get(i));
        }
        return kept;
    }

    private static String fit(String text, double width) {
        int max = (int) (width / 6.5);
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }

    /** The colour scale beside the metric axis: the axis' top value at the top. */
    private static void paintLegend(GraphicsContext g, ParallelGeometry geometry, ParallelLayout layout) {
        MetricColorScale scale = layout.scale();
        double x = geometry.width() - 64;
        double top = geometry.top();
        double bottom = geometry.bottom();
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            double t = i / 8.0;
            stops.add(new Stop(t, scale.fx(scale.high() - t * (scale.high() - scale.low()), 1)));
        }
        g.setFill(new LinearGradient(0, top, 0, bottom, false, CycleMethod.NO_CYCLE, stops));
        g.fillRect(x, top, 14, bottom - top);
        g.setStroke(Color.rgb(120, 120, 120));
        g.setLineWidth(1);
        g.strokeRect(x, top, 14, bottom - top);
        g.setFill(Color.rgb(40, 40, 40));
        g.setFont(TICK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(io.hyperdesk.gui.monitor.CellFormat.number(scale.high()), x + 18, top + 5);
        g.fillText(io.hyperdesk.gui.monitor.CellFormat.number(scale.low()), x + 18, bottom - 5);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("colour", x + 7, top - 22);
        g.setFont(TICK);
        g.fillText("= score", x + 7, top - 8);
    }
}
