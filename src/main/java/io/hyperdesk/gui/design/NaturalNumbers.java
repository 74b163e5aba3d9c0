package io.hyperdesk.gui.design;

import io.hyperdesk.engine.space.NumberText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers typed into and shown by the forms: a strict decimal reader (no {@code NaN}, hex or
 * {@code 1d} that {@link Double#parseDouble} would take) and a rounded display for values that
 * came out of {@code exp} (so {@code exp(ln(1e-4))} shows as {@code 0.0001}, not
 * {@code 0.00010000000000000002}). Pure; any thread.
 */
public final class NaturalNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Significant digits of a converted value in a field: enough to read back within 1e-10. */
    static final int FIELD_DIGITS = 10;

    private NaturalNumbers() {
    }

    /** The number written in {@code text} (surrounding blanks allowed), or empty. */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /**
     * {@code value} rounded to {@code digits} significant digits, written as HyperDrive numbers are
     * ({@link NumberText#compact}); non-finite values as Python writes them.
     */
    public static String format(double value, int digits) {
        if (!Double.isFinite(value) || value == 0) {
            return NumberText.compact(value);
        }
        double rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue();
        return NumberText.compact(rounded);
    }

    /** A converted value as a field shows it. */
    static String field(double value) {
        return format(value, FIELD_DIGITS);
    }
}
