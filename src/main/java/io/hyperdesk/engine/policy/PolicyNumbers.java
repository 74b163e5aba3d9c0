package io.hyperdesk.engine.policy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats metric values for cancel reasons and replay reports: 4 significant digits, no trailing
 * zeros, plain notation for ordinary magnitudes and scientific beyond; locale-independent, so a
 * reason reads the same on every machine and in the store.
 */
public final class PolicyNumbers {

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

    private PolicyNumbers() {
    }

    /** E.g. 0.78636 → "0.7864", 1.1 → "1.1", 12345678 → "1.235E+7", NaN → "NaN". */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        // valueOf uses the shortest decimal form, so rounding follows the digits a person sees.
        BigDecimal rounded = BigDecimal.valueOf(value).round(FOUR_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : scientific(rounded);
    }

    /** E.g. 1.235E+7, 1E-6: BigDecimal.toString keeps plain notation down to 1E-6, which reads badly. */
    private static String scientific(BigDecimal rounded) {
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (rounded.signum() < 0 ? "-" : "") + mantissa + "E" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
