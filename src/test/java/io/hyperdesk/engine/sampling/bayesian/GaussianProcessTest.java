package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianProcessTest {

    private static final double[] OUT = new double[2];

    @Test
    void onePointPosteriorByHand() {
        // x0 = 0.2, y = 1.5, ℓ = 0.5, s² = 2, σ² = 0.1; at x = 0.45, r = 0.5 and
        // k = 2 (1 + √5/2 + 5/12) e^(−√5/2) = 1.657298…; mean = k·y/(s² + σ²), var = s² − k²/(s² + σ²).
        GaussianProcess gp = GaussianProcess.condition(new double[] {0.2}, new double[] {1.5}, 1,
                new GpHyperparameters(new double[] {0.5}, 2, 0.1));
        gp.predict(new double[] {0.45}, OUT);
        assertEquals(1.1837844891687503, OUT[0], 1e-12);
        assertEquals(0.6920773309899153, OUT[1], 1e-12);
        // Far away the prior comes back: mean 0, variance s².
        gp.predict(new double[] {50}, OUT);
        assertEquals(0, OUT[0], 1e-12);
        assertEquals(2, OUT[1], 1e-12);
    }

    @Test
    void twoPointPosteriorByHand() {
        // x = (0.1, 0.6), y = (1, −1), ℓ = 0.5, s² = 1, σ² = 0.01: k01 = m(1) = 0.523994…
        // K's eigenvectors are (1, 1) and (1, −1) with eigenvalues 1.01 ± k01.
        GaussianProcess gp = GaussianProcess.condition(new double[] {0.1, 0.6}, new double[] {1, -1}, 2,
                new GpHyperparameters(new double[] {0.5}, 1, 0.01));
        // Midpoint: k* = (m(0.5), m(0.5)) ⟂ y, so mean 0 and var = 1 − 2 m(0.5)² / (1.01 + k01).
        gp.predict(new double[] {0.35}, OUT);
        assertEquals(0, OUT[0], 1e-12);
        assertEquals(0.10474310523499353, OUT[1], 1e-12);
        // At x0: mean = (1 − k01)/(1.01 − k01); the noise keeps it just below the observed 1.
        gp.predict(new double[] {0.1}, OUT);
        assertEquals(0.9794241177283599, OUT[0], 1e-12);
        assertEquals(0.009864525939345725, OUT[1], 1e-12);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 10;
        double[] points = new double[n * 3];
        double[] values = new double[n];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            values[i] = random.nextGaussian();
        }
        GaussianProcess gp = GaussianProcess.condition(points, values, n,
                new GpHyperparameters(new double[] {0.3, 0.6, 1.1}, 1.4, 1e-3));
        double[] x = {0.4, 0.5, 0.6};
        double[] meanGradient = new double[3];
        double[] varianceGradient = new double[3];
        gp.predictWithGradient(x, OUT, meanGradient, varianceGradient);
        for (int j = 0; j < 3; j++) {
            double h = 1e-6;
            double[] up = x.clone();
            double[] down = x.clone();
            up[j] += h;
            down[j] -= h;
            double[] a = new double[2];
            double[] b = new double[2];
            gp.predict(up, a);
            gp.predict(down, b);
            assertEquals((a[0] - b[0]) / (2 * h), meanGradient[j], 1e-6);
            assertEquals((a[1] - b[1]) / (2 * h), varianceGradient[j], 1e-6);
        }
    }

    @Test
    void aFantasyKeepsTheMeanAndShrinksTheVariance() {
        GaussianProcess gp = GaussianProcess.condition(new double[] {0.1, 0.9}, new double[] {1, -1}, 2,
                new GpHyperparameters(new double[] {0.3}, 1, 1e-6));
        double[] pending = {0.5};
        gp.predict(pending, OUT);
        double mean = OUT[0];
        double variance = OUT[1];
        gp.addFantasy(pending);
        assertEquals(3, gp.size());
        gp.predict(pending, OUT);
        assertEquals(mean, OUT[0], 1e-9);
        assertTrue(OUT[1] < 1e-4 * variance, "variance at the pending point collapses: " + OUT[1]);
    }
}
