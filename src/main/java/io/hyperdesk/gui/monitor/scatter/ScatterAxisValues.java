package io.hyperdesk.gui.monitor.scatter;

import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.parallel.ParallelAxis;
import java.util.List;

/**
 * A run's coordinate on a scatter axis: a numeric column's value, or for a choice the position of
 * its value among the axis' categories, nudged by a small fixed jitter per run so that runs with
 * the same value do not hide each other.
 */
final class ScatterAxisValues {

    private static final double JITTER = 0.12;

    private ScatterAxisValues() {
    }

    static double[] of(RunColumn column, List<RunRow> rows) {
        double[] raw = new double[rows.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = column.valueOf(rows.get(i));
        }
        if (column.kind() != RunColumn.Kind.CATEGORY) {
            return raw;
        }
        ParallelAxis axis = ParallelAxis.of(column, raw, false);
        int last = Math.max(1, column.categories().size() - 1);
        double[] positions = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double index = axis.position(raw[i]) * (column.categories().size() <= 1 ? 0 : last);
            positions[i] = index + jitter(rows.get(i).number());
        }
        return positions;
    }

    /** A fixed offset in {@code [-JITTER, JITTER]} from the run number (golden-ratio sequence). */
    static double jitter(int number) {
        double fraction = (number * 0.6180339887498949) % 1.0;
        return (fraction * 2 - 1) * JITTER;
    }
}
