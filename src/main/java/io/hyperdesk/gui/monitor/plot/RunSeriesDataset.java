package io.hyperdesk.gui.monitor.plot;

import io.hyperdesk.engine.run.MetricSeries;
import java.util.List;
import org.jfree.chart.util.Args;
import org.jfree.data.DomainInfo;
import org.jfree.data.DomainOrder;
import org.jfree.data.Range;
import org.jfree.data.RangeInfo;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * The metric plot's data: one series per run, x = interval (or step), y = value, read straight
 * from the runs' immutable {@link MetricSeries} without copying. A series longer than
 * {@link #MAX_POINTS} is thinned to the minimum and maximum of equal buckets, so a sweep of
 * 1,000 runs × 1,000 values draws about 600 points per line and looks the same. Its bounds are
 * computed once per {@link #setSeries}, so JFreeChart does not rescan a million values to find its
 * axis ranges. UI thread only (JFreeChart-FX is not thread-safe).
 */
final class RunSeriesDataset extends AbstractXYDataset implements DomainInfo, RangeInfo {

    static final int MAX_POINTS = 600;

    private List<String> keys = List.of();
    private MetricSeries[] series = new MetricSeries[0];
    /** Per series, the intervals (0-based) shown when thinned; null when every value is shown. */
    private int[][] shown = new int[0][];
    private Range domain;
    private Range range;

    /** Replaces every series; fires ONE dataset change (the caller may hold the chart's notification off). */
    void setSeries(List<String> newKeys, List<MetricSeries> newSeries) {
        keys = List.copyOf(newKeys);
        series = newSeries.toArray(new MetricSeries[0]);
        shown = new int[series.length][];
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < series.length; s++) {
            MetricSeries values = series[s];
            int n = values.intervals();
            if (n == 0) {
                continue;
            }
            minX = Math.min(minX, 1);
            maxX = Math.max(maxX, n);
            double[] all = values.toArray();
            for (double v : all) {
                if (Double.isFinite(v)) {
                    minY = Math.min(minY, v);
                    maxY = Math.max(maxY, v);
                }
            }
            if (n > MAX_POINTS) {
                shown[s] = thin(all, MAX_POINTS / 2);
            }
        }
        domain = minX <= maxX ? new Range(minX, maxX) : null;
        range = minY <= maxY ? new Range(minY, maxY) : null;
        fireDatasetChanged();
    }

    /** For each of {@code buckets} equal slices, the indices of its minimum and maximum, in order. */
    static int[] thin(double[] values, int buckets) {
        int[] indices = new int[buckets * 2];
        int count = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * values.length / buckets);
            int to = (int) ((long) (b + 1) * values.length / buckets);
            int min = -1;
            int max = -1;
            for (int i = from; i < to; i++) {
                if (!Double.isFinite(values[i])) {
                    continue;
                }
                if (min < 0 || values[i] < values[min]) {
                    min = i;
                }
                if (max < 0 || values[i] > values[max]) {
                    max = i;
                }
            }
            if (min < 0) {
                indices[count++] = from;
            } else if (min == max) {
                indices[count++] = min;
            } else {
                indices[count++] = Math.min(min, max);
                indices[count++] = Math.max(min, max);
            }
        }
        return java.util.Arrays.copyOf(indices, count);
    }

    @Override
    public int getSeriesCount() {
        return series.length;
    }

    @Override
    public Comparable<String> getSeriesKey(int s) {
        Args.requireInRange(s, "series", 0, series.length - 1);
        return keys.get(s);
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    @Override
    public int getItemCount(int s) {
        return shown[s] != null ? shown[s].length : series[s].intervals();
    }

    private int intervalIndex(int s, int item) {
        return shown[s] != null ? shown[s][item] : item;
    }

    @Override
    public double getXValue(int s, int item) {
        return intervalIndex(s, item) + 1;
    }

    @Override
    public Number getX(int s, int item) {
        return getXValue(s, item);
    }

    /** Non-finite values are left out of the line (NaN breaks it); SPEC M5 keeps them in the table. */
    @Override
    public double getYValue(int s, int item) {
        double value = series[s].valueAt(intervalIndex(s, item) + 1);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    @Override
    public Number getY(int s, int item) {
        return getYValue(s, item);
    }

    @Override
    public double getDomainLowerBound(boolean includeInterval) {
        return domain == null ? Double.NaN : domain.getLowerBound();
    }

    @Override
    public double getDomainUpperBound(boolean includeInterval) {
        return domain == null ? Double.NaN : domain.getUpperBound();
    }

    @Override
    public Range getDomainBounds(boolean includeInterval) {
        return domain;
    }

    @Override
    public double getRangeLowerBound(boolean includeInterval) {
        return range == null ? Double.NaN : range.getLowerBound();
    }

    @Override
    public double getRangeUpperBound(boolean includeInterval) {
        return range == null ? Double.NaN : range.getUpperBound();
    }

    @Override
    public Range getRangeBounds(boolean includeInterval) {
        return range;
    }
}
