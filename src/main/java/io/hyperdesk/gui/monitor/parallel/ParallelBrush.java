package io.hyperdesk.gui.monitor.parallel;

import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunFilter;
import io.hyperdesk.gui.monitor.ValueRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A brush while it is being dragged on one axis: which runs pass every other filter (computed
 * once when the drag starts) and the span dragged so far, so each mouse move only compares
 * precomputed positions. When the drag ends its span becomes a {@link ValueRange} of the model.
 */
final class ParallelBrush {

    private final int axis;
    private final boolean[] passOthers;
    private double from;
    private double to;

    private ParallelBrush(int axis, boolean[] passOthers) {
        this.axis = axis;
        this.passOthers = passOthers;
    }

    /** Starts a brush on {@code axis}; {@code filter} without that axis' range decides the other runs. */
    static ParallelBrush start(ParallelLayout layout, int axis, RunFilter filter, List<RunColumn> columns) {
        RunFilter others = filter.withoutRange(layout.axes().get(axis).id());
        Map<String, RunColumn> byId = new HashMap<>();
        columns.forEach(c -> byId.put(c.id(), c));
        boolean[] pass = new boolean[layout.rows().size()];
        for (int r = 0; r < pass.length; r++) {
            pass[r] = others.test(layout.rows().get(r), byId);
        }
        return new ParallelBrush(axis, pass);
    }

    int axis() {
        return axis;
    }

    void span(double newFrom, double newTo) {
        from = newFrom;
        to = newTo;
    }

    /** The span as positions {@code [low, high]}. */
    double[] positions() {
        return new double[] {Math.min(from, to), Math.max(from, to)};
    }

    /** True when run {@code r} passes the other filters and lies within the span. */
    boolean passes(ParallelLayout layout, int r) {
        float t = layout.position(r, axis);
        return passOthers[r] && !Float.isNaN(t) && t >= Math.min(from, to) && t <= Math.max(from, to);
    }

    /** The column range the span covers. */
    ValueRange range(ParallelLayout layout) {
        return layout.axes().get(axis).rangeOf(from, to);
    }
}
