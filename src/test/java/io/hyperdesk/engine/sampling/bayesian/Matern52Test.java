package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Matern52Test {

    @Test
    void valuesAtKnownDistances() {
        assertEquals(2.5, Matern52.value(0, 2.5), 1e-15);
        double s5 = Math.sqrt(5);
        assertEquals((1 + s5 + 5.0 / 3) * Math.exp(-s5), Matern52.value(1, 1), 1e-15);
        // r = 0.5: 1 + √5/2 + 5/12, times exp(−√5/2).
        assertEquals(2 * (1 + s5 / 2 + 5.0 / 12) * Math.exp(-s5 / 2), Matern52.value(0.5, 2), 1e-15);
        assertEquals(0, Matern52.value(100, 1), 1e-80);
    }

    @Test
    void slopeIsMinusTheDerivativeOverR() {
        for (double r : new double[] {0.01, 0.3, 1, 2.5}) {
            double h = 1e-6;
            double derivative = (Matern52.value(r + h, 1.7) - Matern52.value(r - h, 1.7)) / (2 * h);
            assertEquals(-derivative / r, Matern52.slope(r, 1.7), 1e-6);
        }
    }

    @Test
    void distanceIsEuclideanOnScaledRows() {
        double[] a = {0, 0, 3, 4};
        assertEquals(5, Matern52.distance(a, 0, a, 1, 2), 1e-15);
    }
}
