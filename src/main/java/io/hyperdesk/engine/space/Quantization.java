package io.hyperdesk.engine.space;

import java.math.BigDecimal;

/** The rounding of q-expressions (SPEC E7–E11). */
final class Quantization {

    /** Powers of ten that doubles hold exactly. */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int k = 0; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = power;
            power *= 10;
        }
    }

    private Quantization() {
    }

    /**
     * {@code round(x / q) * q} with half-to-even rounding and no clipping (SPEC E11). An integral
     * {@code q} yields a {@link Long}; otherwise a {@link Double} without binary noise where the
     * multiple has a short decimal form (so {@code 3 * 0.1} is {@code 0.3}).
     */
    static Object round(double x, double q) {
        double steps = Math.rint(x / q);
        if (q == Math.rint(q) && Math.abs(q) < 1e15) {
            return (long) steps * (long) q;
        }
        // Write q as m / 10^k with the fewest decimals k. Then steps * m and 10^k are exact
        // integers, and one correctly rounded division gives the double nearest the decimal
        // product: the same value as the BigDecimal product below, about ten times faster (this
        // is on the sampling path).
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            double scale = POWERS_OF_TEN[k];
            double m = Math.rint(q * scale);
            if (m / scale == q) {
                double product = steps * m;
                if (Math.abs(product) < 0x1p53) {
                    return product / scale + 0.0; // + 0.0 turns -0.0 into 0.0, as the decimal product has no sign
                }
                break;
            }
        }
        return new BigDecimal(steps).multiply(BigDecimal.valueOf(q)).doubleValue();
    }
}
