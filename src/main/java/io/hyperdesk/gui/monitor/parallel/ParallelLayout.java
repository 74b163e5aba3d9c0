package io.hyperdesk.gui.monitor.parallel;

import io.hyperdesk.gui.monitor.MetricColorScale;
import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunRow;
import java.util.List;
import java.util.Set;

/**
 * The parallel-coordinates chart's geometry-free layout: its axes in order and every run's
 * position on each axis (0 bottom .. 1 top, NaN for no value), plus the colour bucket of each
 * run's score. Computed off the UI thread from values read on it ({@link Input}); immutable.
 *
 * @param axes      the axes, left to right; the primary metric's score last
 * @param rows      the runs, in the order of {@code positions}
 * @param positions row-major: run {@code r} on axis {@code a} at {@code r * axes.size() + a}
 * @param buckets   per run, its score's colour bucket {@code 0..BUCKETS-1}, or -1 without a score
 * @param scale     the colour scale of the scores
 */
public record ParallelLayout(List<ParallelAxis> axes, List<RunRow> rows, float[] positions, int[] buckets,
                             MetricColorScale scale) {

    /** Colour buckets: lines of one bucket are stroked as one path. */
    public static final int BUCKETS = 16;

    /** What the layout is computed from, read on the UI thread (an O(runs × axes) copy of numbers). */
    public record Input(List<RunColumn> columns, Set<String> logAxes, List<RunRow> rows, double[][] values,
                        double[] scores, MetricColorScale scale) {

        /** Reads the runs' values of {@code columns} (the last one is the score). UI thread. */
        public static Input read(List<RunColumn> columns, Set<String> logAxes, List<RunRow> rows, MetricColorScale scale) {
            double[][] values = new double[columns.size()][rows.size()];
            double[] scores = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                RunRow row = rows.get(r);
                for (int a = 0; a < columns.size(); a++) {
                    values[a][r] = columns.get(a).valueOf(row);
                }
                scores[r] = row.score();
            }
            return new Input(List.copyOf(columns), Set.copyOf(logAxes), List.copyOf(rows), values, scores, scale);
        }
    }

    /** Builds the layout; any thread. */
    public static ParallelLayout compute(Input input) {
        int axisCount = input.columns().size();
        ParallelAxis[] axes = new ParallelAxis[axisCount];
        for (int a = 0; a < axisCount; a++) {
            RunColumn column = input.columns().get(a);
            axes[a] = ParallelAxis.of(column, input.values()[a], input.logAxes().contains(column.id()));
        }
        int runs = input.rows().size();
        float[] positions = new float[runs * axisCount];
        int[] buckets = new int[runs];
        for (int r = 0; r < runs; r++) {
            for (int a = 0; a < axisCount; a++) {
                positions[r * axisCount + a] = (float) axes[a].position(input.values()[a][r]);
            }
            double fraction = input.scale().fraction(input.scores()[r]);
            buckets[r] = Double.isNaN(fraction) ? -1 : Math.min(BUCKETS - 1, (int) (fraction * BUCKETS));
        }
        return new ParallelLayout(List.of(axes), input.rows(), positions, buckets, input.scale());
    }

    /** Run {@code r}'s position on axis {@code a}. */
    public float position(int r, int a) {
        return positions[r * axes.size() + a];
    }

    public int axisIndex(String columnId) {
        for (int a = 0; a < axes.size(); a++) {
            if (axes.get(a).id().equals(columnId)) {
                return a;
            }
        }
        return -1;
    }
}
