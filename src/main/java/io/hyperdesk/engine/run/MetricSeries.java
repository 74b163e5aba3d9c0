package io.hyperdesk.engine.run;

import java.util.Arrays;

/**
 * The values a run logged for one metric, one per interval (SPEC M2), as an immutable view.
 *
 * <p>Prefix aggregates are kept as values arrive, so the questions the policies ask — the best
 * value within intervals {@code 1..k} (SPEC T3, T4, T6) and the mean of {@code 1..k} (T5) — are
 * answered in O(1) without rescanning history. A series is a view of a shared, append-only
 * buffer: {@link Appender#snapshot()} costs O(1), and values below a view's length never change.
 * Non-finite values are kept as logged and rank worst (SPEC M5): they never become the best of a
 * prefix that has a finite value, and they are left out of means.
 */
public final class MetricSeries {

    private static final MetricSeries EMPTY = new Appender().snapshot();

    private final Buffers buffers;
    private final int length;

    private MetricSeries(Buffers buffers, int length) {
        this.buffers = buffers;
        this.length = length;
    }

    /** A series with no values. */
    public static MetricSeries empty() {
        return EMPTY;
    }

    /** A series of the given values, interval 1 first; times are left at 0. */
    public static MetricSeries of(double... values) {
        Appender appender = new Appender();
        for (double value : values) {
            appender.append(value, 0L);
        }
        return appender.snapshot();
    }

    /** Number of intervals logged (the last interval's number). */
    public int intervals() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The value logged at {@code interval} (1-based). */
    public double valueAt(int interval) {
        checkInterval(interval);
        return buffers.values[interval - 1];
    }

    /** When the value of {@code interval} was logged, in epoch milliseconds (0 when unknown). */
    public long timeAt(int interval) {
        checkInterval(interval);
        return buffers.times[interval - 1];
    }

    /** The last value logged; NaN when empty. */
    public double last() {
        return length == 0 ? Double.NaN : buffers.values[length - 1];
    }

    /** The run's score (SPEC M3): the best value over all intervals; NaN when none is finite. */
    public double best(Goal goal) {
        return bestWithin(length, goal);
    }

    /**
     * The best value within intervals {@code 1..k} ({@code k} is capped at {@link #intervals()});
     * NaN when none of them is finite or {@code k} is 0.
     */
    public double bestWithin(int k, Goal goal) {
        int n = Math.min(k, length);
        if (n <= 0) {
            return Double.NaN;
        }
        return goal == Goal.MAXIMIZE ? buffers.prefixMax[n - 1] : buffers.prefixMin[n - 1];
    }

    /** The interval at which {@link #best} was first reached; 0 when no value is finite. */
    public int bestInterval(Goal goal) {
        double best = best(goal);
        if (Double.isNaN(best)) {
            return 0;
        }
        for (int i = 0; i < length; i++) {
            if (buffers.values[i] == best) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The mean of the finite values within {@code 1..k}; NaN when there are none. */
    public double meanWithin(int k) {
        int n = Math.min(k, length);
        if (n <= 0 || buffers.prefixFiniteCount[n - 1] == 0) {
            return Double.NaN;
        }
        return buffers.prefixSum[n - 1] / buffers.prefixFiniteCount[n - 1];
    }

    /** The values of intervals {@code 1..intervals()} as a new array. */
    public double[] toArray() {
        return Arrays.copyOf(buffers.values, length);
    }

    private void checkInterval(int interval) {
        if (interval < 1 || interval > length) {
            throw new IndexOutOfBoundsException("interval " + interval + " of " + length);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MetricSeries that) || that.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Double.compare(buffers.values[i], that.buffers.values[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toArray());
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }

    /**
     * The one writer of a run's series. Not thread-safe: one thread appends; snapshots may be
     * handed to any thread (publish them through a safe hand-off such as a queue).
     */
    public static final class Appender {
        private Buffers buffers = new Buffers(8);
        private int length;

        /** Appends the value of the next interval, logged at {@code epochMillis}. */
        public void append(double value, long epochMillis) {
            if (length == buffers.values.length) {
                buffers = buffers.grow(length * 2);
            }
            Buffers b = buffers;
            b.values[length] = value;
            b.times[length] = epochMillis;
            boolean finite = Double.isFinite(value);
            double previousMax = length == 0 ? Double.NaN : b.prefixMax[length - 1];
            double previousMin = length == 0 ? Double.NaN : b.prefixMin[length - 1];
            b.prefixMax[length] = finite && (Double.isNaN(previousMax) || value > previousMax) ? value : previousMax;
            b.prefixMin[length] = finite && (Double.isNaN(previousMin) || value < previousMin) ? value : previousMin;
            double previousSum = length == 0 ? 0 : b.prefixSum[length - 1];
            int previousCount = length == 0 ? 0 : b.prefixFiniteCount[length - 1];
            b.prefixSum[length] = finite ? previousSum + value : previousSum;
            b.prefixFiniteCount[length] = finite ? previousCount + 1 : previousCount;
            length++;
        }

        public int intervals() {
            return length;
        }

        /** An immutable view of everything appended so far; O(1). */
        public MetricSeries snapshot() {
            return new MetricSeries(buffers, length);
        }
    }

    private static final class Buffers {
        final double[] values;
        final long[] times;
        final double[] prefixMax;
        final double[] prefixMin;
        final double[] prefixSum;
        final int[] prefixFiniteCount;

        Buffers(int capacity) {
            values = new double[capacity];
            times = new long[capacity];
            prefixMax = new double[capacity];
            prefixMin = new double[capacity];
            prefixSum = new double[capacity];
            prefixFiniteCount = new int[capacity];
        }

        private Buffers(Buffers from, int capacity) {
            values = Arrays.copyOf(from.values, capacity);
            times = Arrays.copyOf(from.times, capacity);
            prefixMax = Arrays.copyOf(from.prefixMax, capacity);
            prefixMin = Arrays.copyOf(from.prefixMin, capacity);
            prefixSum = Arrays.copyOf(from.prefixSum, capacity);
            prefixFiniteCount = Arrays.copyOf(from.prefixFiniteCount, capacity);
        }

        Buffers grow(int capacity) {
            return new Buffers(this, capacity);
        }
    }
}
