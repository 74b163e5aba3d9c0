package io.hyperdesk.gui.preview;

import java.util.List;

/**
 * Frequencies of a parameter's draws, ready for a chart: bars over a numeric axis (linear or
 * logarithmic, in the natural units the script receives) or counts per choice value. Immutable;
 * built off the UI thread, read on it.
 */
public sealed interface Histogram permits Histogram.Numeric, Histogram.Categorical {

    /** How many values were drawn. */
    int draws();

    /**
     * Bars over a numeric axis: bar {@code i} covers {@code [lower[i], upper[i])} and holds
     * {@code counts[i]} draws.
     *
     * @param logScale whether the axis is logarithmic (draws are {@code exp(...)} and span a decade or more)
     * @param discrete whether each bar is one value (integers or multiples of q) rather than a range
     * @param min      the smallest draw
     * @param max      the largest draw
     */
    record Numeric(double[] lower, double[] upper, long[] counts, boolean logScale, boolean discrete,
                   int draws, double min, double max) implements Histogram {

        public int bars() {
            return counts.length;
        }
    }

    /** Counts per value of a choice, in declaration order. */
    record Categorical(List<String> labels, long[] counts, int draws) implements Histogram {

        public Categorical {
            labels = List.copyOf(labels);
        }
    }
}
