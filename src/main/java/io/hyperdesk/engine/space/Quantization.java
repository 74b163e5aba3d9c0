package io.hyperdesk.engine.space;

/** The rounding of q-expressions (SPEC E7–E11). */
final class Quantization {

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
        return new java.math.BigDecimal(steps).multiply(java.math.BigDecimal.valueOf(q)).doubleValue();
    }
}
