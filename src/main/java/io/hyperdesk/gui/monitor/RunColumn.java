package io.hyperdesk.gui.monitor;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One column of the run table (SPEC V1), and the same column in CSV exports, range filters and
 * parallel-coordinates axes.
 *
 * @param id         stable id: {@code number}, {@code run_id}, {@code state}, {@code param.<name>},
 *                   {@code last}, {@code best}, {@code intervals}, {@code start}, {@code duration},
 *                   {@code reason}
 * @param header     the header a person reads
 * @param kind       what its values are
 * @param numeric    the run's value as a number (NaN when none); for a choice of text values, the
 *                   value's position in the choice
 * @param text       the run's value as text
 * @param categories for a choice parameter, its values as text in the order the axis shows them;
 *                   empty otherwise
 */
public record RunColumn(String id, String header, Kind kind, ToDoubleFunction<RunRow> numeric,
                        Function<RunRow, String> text, List<String> categories) {

    /** What a column holds. */
    public enum Kind {
        /** Numbers: sortable and range-filterable by value. */
        NUMBER,
        /** A choice parameter: a few values, filterable by their numbers (or positions). */
        CATEGORY,
        /** Free text. */
        TEXT
    }

    public RunColumn {
        categories = List.copyOf(categories);
    }

    /** True when the column can be filtered by a {@link ValueRange}. */
    public boolean isNumeric() {
        return kind != Kind.TEXT;
    }

    /** The run's value as a number. */
    public double valueOf(RunRow row) {
        return numeric.applyAsDouble(row);
    }

    /** The run's value as text. */
    public String textOf(RunRow row) {
        return text.apply(row);
    }

    /**
     * Ascending order of the column: numbers numerically with "no value" last, text
     * alphabetically (case-insensitive); ties by run number so the order is stable.
     */
    public Comparator<RunRow> comparator() {
        Comparator<RunRow> byValue;
        if (kind == Kind.TEXT) {
            byValue = Comparator.comparing(this::textOf, String.CASE_INSENSITIVE_ORDER);
        } else {
            byValue = (a, b) -> compareNumbers(valueOf(a), valueOf(b));
        }
        return byValue.thenComparingInt(RunRow::number);
    }

    private static int compareNumbers(double a, double b) {
        boolean aMissing = Double.isNaN(a);
        boolean bMissing = Double.isNaN(b);
        if (aMissing || bMissing) {
            return Boolean.compare(aMissing, bMissing);
        }
        return Double.compare(a, b);
    }
}
