package io.hyperdesk.engine.sampling.bayesian;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fits the surrogate's {@link GpHyperparameters} by maximising their log posterior
 * ({@link MarginalLikelihood}) with {@link BoundedLbfgs} in log space, from a fixed default start
 * and a few random ones; the best optimum wins.
 *
 * <p>Called once per suggestion with a random generator derived from the seed and run number,
 * so the fit is a pure function of the history. The effort (how many points, restarts and
 * iterations) is chosen by the caller from the number of observations, see
 * {@link #forObservations}.
 */
final class HyperparameterFit {

    static final double MIN_LENGTH_SCALE = 0.01;
    static final double MAX_LENGTH_SCALE = 10;
    static final double MIN_SIGNAL = 0.01;
    static final double MAX_SIGNAL = 100;
    static final double MIN_NOISE = 1e-6;
    static final double MAX_NOISE = 1;

    private final int restarts;
    private final int maxIterations;

    HyperparameterFit(int restarts, int maxIterations) {
        this.restarts = restarts;
        this.maxIterations = maxIterations;
    }

    /**
     * The effort for {@code n} observations: thorough while fits are cheap, fewer random starts as
     * the O(n³) likelihood gets expensive (SPEC S5 speed goals; see docs/bench/bayesian.md).
     */
    static HyperparameterFit forObservations(int n) {
        if (n <= 40) {
            return new HyperparameterFit(3, 100);
        }
        if (n <= 100) {
            return new HyperparameterFit(2, 60);
        }
        return new HyperparameterFit(1, 30);
    }

    /** Fits {@code n} observations ({@code points} row-major {@code n × d}, standardised {@code values}). */
    GpHyperparameters fit(double[] points, double[] values, int n, int d, SplittableRandom random) {
        MarginalLikelihood objective = new MarginalLikelihood(points, values, n, d);
        double[] lower = new double[d + 2];
        double[] upper = new double[d + 2];
        Arrays.fill(lower, 0, d, Math.log(MIN_LENGTH_SCALE));
        Arrays.fill(upper, 0, d, Math.log(MAX_LENGTH_SCALE));
        lower[d] = Math.log(MIN_SIGNAL);
        upper[d] = Math.log(MAX_SIGNAL);
        lower[d + 1] = Math.log(MIN_NOISE);
        upper[d + 1] = Math.log(MAX_NOISE);

        BoundedLbfgs optimiser = new BoundedLbfgs(maxIterations, 1e-5, 1e-9);
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int start = 0; start < restarts; start++) {
            double[] theta = start == 0 ? defaultStart(d) : randomStart(d, random);
            BoundedLbfgs.Result result = optimiser.minimise(objective::valueAndGradient, theta, lower, upper);
            if (result.value() < bestValue) {
                bestValue = result.value();
                best = result.point();
            }
        }
        if (best == null) {
            best = defaultStart(d);
        }
        return GpHyperparameters.fromLog(best);
    }

    private static double[] defaultStart(int d) {
        double[] theta = new double[d + 2];
        Arrays.fill(theta, 0, d, Math.log(0.5));
        theta[d] = 0;
        theta[d + 1] = Math.log(1e-3);
        return theta;
    }

    private static double[] randomStart(int d, SplittableRandom random) {
        double[] theta = new double[d + 2];
        for (int j = 0; j < d; j++) {
            theta[j] = Math.log(0.05) + random.nextDouble() * Math.log(2 / 0.05);
        }
        theta[d] = Math.log(0.3) + random.nextDouble() * Math.log(10);
        theta[d + 1] = Math.log(1e-6) + random.nextDouble() * Math.log(1e5);
        return theta;
    }
}
