package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AcquisitionTest {

    @Test
    void gradientMatchesFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 15;
        int d = 2;
        double[] points = new double[n * d];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            points[i * d] = random.nextDouble();
            points[i * d + 1] = random.nextDouble();
            values[i] = Math.cos(6 * points[i * d]) * points[i * d + 1];
        }
        GaussianProcess process = GaussianProcess.condition(points, values, n,
                new GpHyperparameters(new double[] {0.2, 0.5}, 1.3, 1e-4));
        Acquisition acquisition = new Acquisition(process, 0.9);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = {random.nextDouble(), random.nextDouble()};
            double[] gradient = new double[d];
            double value = acquisition.valueAndGradient(x, gradient);
            assertEquals(acquisition.value(x), value, 1e-12);
            for (int j = 0; j < d; j++) {
                double h = 1e-6;
                double[] up = x.clone();
                double[] down = x.clone();
                up[j] += h;
                down[j] -= h;
                double numeric = (acquisition.value(up) - acquisition.value(down)) / (2 * h);
                assertEquals(numeric, gradient[j], 1e-4 * Math.max(1, Math.abs(numeric)), "trial " + trial + " component " + j);
            }
        }
    }
}
