package io.hyperdesk.gui.monitor;

/**
 * A closed range of a numeric column, from a range filter typed in the table or a brush dragged
 * on a parallel-coordinates axis. For a choice of text values the column's numbers are the
 * positions of the values in the choice.
 */
public record ValueRange(double low, double high) {

    public ValueRange {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            throw new IllegalArgumentException("a range needs two numbers, got " + low + " and " + high);
        }
        if (low > high) {
            double swap = low;
            low = high;
            high = swap;
        }
    }

    /** True when {@code value} lies within the range; NaN (no value) never does. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    @Override
    public String toString() {
        return CellFormat.number(low) + " … " + CellFormat.number(high);
    }
}
