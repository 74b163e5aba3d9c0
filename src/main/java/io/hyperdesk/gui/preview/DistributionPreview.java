package io.hyperdesk.gui.preview;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.engine.sweep.RunCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Draws a parameter many times and counts the draws, so the user sees the distribution the sweep
 * will sample (SPEC E1–E11) before running anything. Pure and thread-safe; called off the UI thread.
 *
 * <p>The seed is fixed so that an edit changes the picture only as much as the expression changed.
 */
public final class DistributionPreview {

    /** How many draws the designer shows. */
    public static final int DRAWS = 10_000;
    static final long SEED = 20240611L;
    /** Bars of a continuous histogram. */
    static final int BINS = 40;
    /** Up to this many distinct values, each value gets its own bar. */
    static final int MAX_DISCRETE_BARS = 60;

    private DistributionPreview() {
    }

    /** {@code draws} values of {@code expression}, counted. */
    public static Histogram of(ParameterExpression expression, int draws) {
        SplittableRandom random = new SplittableRandom(SEED);
        if (expression instanceof Choice choice && !isWideNumericChoice(choice)) {
            return categorical(choice, draws, random);
        }
        double[] values = new double[draws];
        boolean integral = true;
        for (int i = 0; i < draws; i++) {
            Object value = expression.sample(random);
            values[i] = ((Number) value).doubleValue();
            integral &= value instanceof Long;
        }
        return numeric(values, expression, integral);
    }

    /** A choice of many numbers (e.g. {@code range(0, 500)}) reads better as a histogram than as 500 bars. */
    private static boolean isWideNumericChoice(Choice choice) {
        return choice.values().size() > MAX_DISCRETE_BARS
                && choice.values().stream().allMatch(v -> v instanceof Long || v instanceof Double);
    }

    private static Histogram categorical(Choice choice, int draws, SplittableRandom random) {
        Map<Object, Integer> index = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (Object value : choice.values()) {
            index.putIfAbsent(value, labels.size());
            labels.add(RunCommand.formatValue(value));
        }
        long[] counts = new long[labels.size()];
        for (int i = 0; i < draws; i++) {
            counts[index.get(choice.sample(random))]++;
        }
        return new Histogram.Categorical(labels, counts, draws);
    }

    private static Histogram numeric(double[] values, ParameterExpression expression, boolean integral) {
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        boolean log = isLogKind(expression) && min > 0 && max / min >= 10;
        TreeMap<Double, Long> distinct = distinctValues(values);
        if (distinct != null) {
            return discrete(distinct, values.length, log, min, max);
        }
        int bins = min == max ? 1 : BINS;
        double[] lower = new double[bins];
        double[] upper = new double[bins];
        long[] counts = new long[bins];
        double from = log ? Math.log(min) : min;
        double to = log ? Math.log(max) : max;
        double width = bins == 1 ? 1 : (to - from) / bins;
        for (int i = 0; i < bins; i++) {
            lower[i] = log ? Math.exp(from + i * width) : from + i * width;
            upper[i] = log ? Math.exp(from + (i + 1) * width) : from + (i + 1) * width;
        }
        if (bins == 1) {
            lower[0] = min - 0.5;
            upper[0] = min + 0.5;
        }
        for (double value : values) {
            double position = ((log ? Math.log(value) : value) - from) / width;
            counts[Math.max(0, Math.min(bins - 1, (int) position))]++;
        }
        return new Histogram.Numeric(lower, upper, counts, log, integral && bins == 1, values.length, min, max);
    }

    /** Counts per distinct value when there are few of them (integers, multiples of q), else null. */
    private static TreeMap<Double, Long> distinctValues(double[] values) {
        TreeMap<Double, Long> counts = new TreeMap<>();
        for (double value : values) {
            counts.merge(value, 1L, Long::sum);
            if (counts.size() > MAX_DISCRETE_BARS) {
                return null;
            }
        }
        return counts;
    }

    private static Histogram discrete(TreeMap<Double, Long> distinct, int draws, boolean log, double min, double max) {
        int n = distinct.size();
        double[] keys = distinct.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            gap = Math.min(gap, keys[i] - keys[i - 1]);
        }
        double[] lower = new double[n];
        double[] upper = new double[n];
        long[] counts = new long[n];
        for (int i = 0; i < n; i++) {
            double key = keys[i];
            if (log) {
                // A bar of constant width on the log axis, narrower than the closest pair of values.
                double ratio = n == 1 ? 1.1 : Math.pow(keys[n - 1] / keys[0], 0.35 / (n - 1));
                lower[i] = key / ratio;
                upper[i] = key * ratio;
            } else {
                double half = Double.isInfinite(gap) ? 0.4 : gap * 0.4;
                lower[i] = key - half;
                upper[i] = key + half;
            }
            counts[i] = distinct.get(key);
        }
        return new Histogram.Numeric(lower, upper, counts, log, true, draws, min, max);
    }

    private static boolean isLogKind(ParameterExpression expression) {
        String kind = expression.kind();
        return kind.equals("loguniform") || kind.equals("qloguniform") || kind.equals("lognormal")
                || kind.equals("qlognormal");
    }
}
