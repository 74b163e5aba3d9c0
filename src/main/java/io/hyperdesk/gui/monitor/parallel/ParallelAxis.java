package io.hyperdesk.gui.monitor.parallel;

import io.hyperdesk.gui.monitor.CellFormat;
import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.ValueRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One vertical axis of the parallel-coordinates chart (SPEC V3): a parameter or the primary
 * metric, numeric (linear or log) or categorical (a choice: its values as evenly spaced ticks).
 * Maps a run's column value to a position {@code 0} (bottom) .. {@code 1} (top) and a dragged
 * span of positions back to a {@link ValueRange} of the column. Immutable; built off the UI thread.
 */
public final class ParallelAxis {

    private final RunColumn column;
    private final boolean log;
    private final double low;
    private final double high;
    /** For a choice of numbers, its values ascending; for a choice of text, null (values are positions). */
    private final double[] categoryValues;

    private ParallelAxis(RunColumn column, boolean log, double low, double high, double[] categoryValues) {
        this.column = column;
        this.log = log;
        this.low = low;
        this.high = high;
        this.categoryValues = categoryValues;
    }

    /**
     * An axis for {@code column} over {@code values} (the runs' column values, NaN for none);
     * {@code log} is ignored unless every value is positive.
     */
    public static ParallelAxis of(RunColumn column, double[] values, boolean log) {
        if (column.kind() == RunColumn.Kind.CATEGORY) {
            double[] categories = null;
            if (!column.categories().isEmpty() && column.categories().stream().allMatch(ParallelAxis::isNumber)) {
                categories = column.categories().stream().mapToDouble(Double::parseDouble).toArray();
            }
            return new ParallelAxis(column, false, 0, Math.max(0, column.categories().size() - 1), categories);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        boolean useLog = log && min > 0;
        return new ParallelAxis(column, useLog, min, max, null);
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public RunColumn column() {
        return column;
    }

    public String id() {
        return column.id();
    }

    public boolean isCategorical() {
        return column.kind() == RunColumn.Kind.CATEGORY;
    }

    public boolean isLog() {
        return log;
    }

    /** True when a log scale is possible: numeric with only positive values. */
    public boolean canBeLog() {
        return !isCategorical() && low > 0;
    }

    /** The position of a column value: 0 bottom .. 1 top; NaN for no value. */
    public double position(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        if (isCategorical()) {
            double index = categoryValues == null ? value : categoryIndex(value);
            int count = column.categories().size();
            return count <= 1 ? 0.5 : index / (count - 1);
        }
        if (!Double.isFinite(value)) {
            return value > 0 ? 1 : 0;
        }
        if (high <= low) {
            return 0.5;
        }
        double t = log ? (Math.log(value) - Math.log(low)) / (Math.log(high) - Math.log(low)) : (value - low) / (high - low);
        return Math.max(0, Math.min(1, t));
    }

    private double categoryIndex(double value) {
        int index = Arrays.binarySearch(categoryValues, value);
        return index >= 0 ? index : Double.NaN;
    }

    /** The value at position {@code t} (numeric axes). */
    public double valueAt(double t) {
        if (log) {
            return Math.exp(Math.log(low) + t * (Math.log(high) - Math.log(low)));
        }
        return low + t * (high - low);
    }

    /** The column range a brush from position {@code t1} to {@code t2} covers. */
    public ValueRange rangeOf(double t1, double t2) {
        double from = Math.max(0, Math.min(t1, t2));
        double to = Math.min(1, Math.max(t1, t2));
        if (!isCategorical()) {
            return new ValueRange(valueAt(from), valueAt(to));
        }
        int count = column.categories().size();
        double lowIndex = count <= 1 ? 0 : Math.ceil(from * (count - 1) - 1e-9);
        double highIndex = count <= 1 ? 0 : Math.floor(to * (count - 1) + 1e-9);
        if (lowIndex > highIndex) {
            // The span lies between two ticks: it covers nothing, which a range just outside says.
            return categoryValues == null ? new ValueRange(lowIndex - 0.5, lowIndex - 0.5)
                    : new ValueRange(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        if (categoryValues == null) {
            return new ValueRange(lowIndex, highIndex);
        }
        return new ValueRange(categoryValues[(int) lowIndex], categoryValues[(int) highIndex]);
    }

    /** Where a column range lies on the axis, as positions {@code [from, to]}, clipped to the axis. */
    public double[] positionsOf(ValueRange range) {
        if (isCategorical() && categoryValues != null) {
            double from = Double.NaN;
            double to = Double.NaN;
            for (int i = 0; i < categoryValues.length; i++) {
                if (range.contains(categoryValues[i])) {
                    double t = position(categoryValues[i]);
                    from = Double.isNaN(from) ? t : Math.min(from, t);
                    to = Double.isNaN(to) ? t : Math.max(to, t);
                }
            }
            return Double.isNaN(from) ? new double[] {0, 0} : new double[] {from, to};
        }
        double a = position(Math.max(range.low(), isCategorical() ? 0 : low));
        double b = position(Math.min(range.high(), isCategorical() ? column.categories().size() - 1 : high));
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    /** Tick positions and labels: every category, or five values (log-spaced on a log axis). */
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        if (isCategorical()) {
            List<String> labels = column.categories();
            for (int i = 0; i < labels.size(); i++) {
                ticks.add(new Tick(labels.size() <= 1 ? 0.5 : (double) i / (labels.size() - 1), labels.get(i)));
            }
            return ticks;
        }
        int count = high > low ? 5 : 1;
        for (int i = 0; i < count; i++) {
            double t = count == 1 ? 0.5 : (double) i / (count - 1);
            ticks.add(new Tick(t, CellFormat.tick(count == 1 ? low : valueAt(t))));
        }
        return ticks;
    }

    /** A tick: its position (0 bottom .. 1 top) and label. */
    public record Tick(double position, String label) {
    }
}
