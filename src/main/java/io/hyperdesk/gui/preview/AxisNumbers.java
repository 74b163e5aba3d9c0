package io.hyperdesk.gui.preview;

import io.hyperdesk.engine.space.NumberText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Short numbers for chart ticks and captions: at most four significant digits, plain between
 * 0.001 and 100000 ({@code 0.0123}, {@code 12.5}, {@code 1000}), else {@code 1e-4}, {@code 2.5e6}.
 */
public final class AxisNumbers {

    private AxisNumbers() {
    }

    public static String format(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : NumberText.shortest(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            return rounded.scale() <= 0 ? rounded.toBigInteger().toString() : rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        String digits = mantissa.scale() <= 0 ? mantissa.toBigInteger().toString() : mantissa.toPlainString();
        return digits + "e" + exponent;
    }
}
