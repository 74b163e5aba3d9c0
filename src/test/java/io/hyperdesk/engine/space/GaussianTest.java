package io.hyperdesk.engine.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class GaussianTest {

    @Test
    void knownQuantiles() {
        assertEquals(0.0, Gaussian.quantile(0.5), 0);
        assertEquals(1.959963984540054, Gaussian.quantile(0.975), 1e-15);
        assertEquals(1.2815515655446004, Gaussian.quantile(0.9), 1e-15);
        assertEquals(-1.6448536269514729, Gaussian.quantile(0.05), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, Gaussian.quantile(0), 0);
        assertEquals(Double.POSITIVE_INFINITY, Gaussian.quantile(1), 0);
        assertTrue(Double.isNaN(Gaussian.quantile(-0.1)));
        assertTrue(Double.isNaN(Gaussian.quantile(Double.NaN)));
    }

    /**
     * The CDF of the quantile gives u back, relative to the smaller tail, in all three regions of
     * AS241 (central, intermediate, far tail).
     */
    @Test
    void invertsTheCdf() {
        double[] us = {1e-300, 1e-100, 1e-20, 1e-12, 1e-6, 0.001, 0.01, 0.02425, 0.07, 0.075, 0.2, 0.3, 0.45,
            0.55, 0.8, 0.925, 0.93, 0.99, 0.999999};
        for (double u : us) {
            double x = Gaussian.quantile(u);
            double tail = u < 0.5 ? u : 1 - u;
            double tailOfX = 0.5 * Erf.erfc(Math.abs(x) / Math.sqrt(2));
            assertEquals(tail, tailOfX, tail * 1e-12, "u = " + u);
        }
    }

    @Test
    void isSymmetric() {
        for (double u = 0.001; u < 0.5; u += 0.0137) {
            assertEquals(-Gaussian.quantile(u), Gaussian.quantile(1 - u), 1e-12 * Math.abs(Gaussian.quantile(u)) + 1e-15);
        }
    }
}
