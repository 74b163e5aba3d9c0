package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarginalLikelihoodTest {

    @Test
    void gradientMatchesFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 12;
        int d = 3;
        double[] points = new double[n * d];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                points[i * d + j] = random.nextDouble();
            }
            values[i] = Math.sin(5 * points[i * d]) + points[i * d + 1];
        }
        MarginalLikelihood objective = new MarginalLikelihood(points, values, n, d);
        double[] theta = {Math.log(0.3), Math.log(0.7), Math.log(1.5), Math.log(1.2), Math.log(0.01)};
        double[] gradient = new double[theta.length];
        objective.valueAndGradient(theta, gradient);
        for (int k = 0; k < theta.length; k++) {
            double h = 1e-6;
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (objective.valueAndGradient(up, new double[theta.length])
                    - objective.valueAndGradient(down, new double[theta.length])) / (2 * h);
            assertEquals(numeric, gradient[k], 1e-5 * Math.max(1, Math.abs(numeric)), "component " + k);
        }
    }

    @Test
    void valueIsTheNegativeLogMarginalLikelihoodMinusPriorsForOnePoint() {
        // One point: K = s² + σ², log p(y) = −y²/(2K) − ½ log K − ½ log 2π.
        double s2 = 1.5;
        double noise = 0.5;
        double y = 0.8;
        double ell = 0.4;
        MarginalLikelihood objective = new MarginalLikelihood(new double[] {0.3}, new double[] {y}, 1, 1);
        double[] theta = {Math.log(ell), Math.log(s2), Math.log(noise)};
        double k = s2 + noise;
        double logLikelihood = -y * y / (2 * k) - 0.5 * Math.log(k) - 0.5 * Math.log(2 * Math.PI);
        double logPrior = MarginalLikelihood.LENGTH_SCALE_SHAPE * Math.log(ell) - MarginalLikelihood.LENGTH_SCALE_RATE * ell
                - 0.5 * Math.log(s2) * Math.log(s2) / (MarginalLikelihood.SIGNAL_LOG_SD * MarginalLikelihood.SIGNAL_LOG_SD);
        assertEquals(-(logLikelihood + logPrior), objective.valueAndGradient(theta, new double[3]), 1e-12);
    }
}
