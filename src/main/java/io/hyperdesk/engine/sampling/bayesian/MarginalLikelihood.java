package io.hyperdesk.engine.sampling.bayesian;

import java.util.Optional;

/**
 * The negative log posterior of the surrogate's hyperparameters given the observations: minus the
 * log marginal likelihood minus the log priors, with its analytic gradient, as a function of
 * {@code θ = (log ℓ_1 … log ℓ_d, log s², log σ²)}. Minimised by {@link HyperparameterFit}.
 *
 * <p>Priors matter with few observations, where the likelihood alone happily explains ten points
 * with tiny length scales (pure noise) or with huge ones (a constant):
 * <ul>
 *   <li>length scales: Gamma(3, 6) on ℓ (mode 1/3, mean 1/2 of the unit cube), which keeps early
 *       models smooth but lets data shrink ℓ when the response is wiggly;</li>
 *   <li>signal variance: log-normal around 1, the variance of the standardised outcome;</li>
 *   <li>noise variance: flat in log space between the bounds, so a deterministic objective can
 *       be interpolated while a noisy training run finds its noise level.</li>
 * </ul>
 */
final class MarginalLikelihood {

    static final double LENGTH_SCALE_SHAPE = 3;
    static final double LENGTH_SCALE_RATE = 6;
    static final double SIGNAL_LOG_SD = 2;

    private final double[] points;
    private final double[] values;
    private final int n;
    private final int d;

    /** Observations {@code points} ({@code n × d}, row-major) with standardised {@code values}. */
    MarginalLikelihood(double[] points, double[] values, int n, int d) {
        this.points = points;
        this.values = values;
        this.n = n;
        this.d = d;
    }

    /**
     * The negative log posterior at {@code theta} and its gradient into {@code gradient};
     * {@code +∞} when the kernel matrix cannot be factored there.
     */
    double valueAndGradient(double[] theta, double[] gradient) {
        GpHyperparameters hyper = GpHyperparameters.fromLog(theta);
        double s2 = hyper.signalVariance();
        double noise = hyper.noiseVariance();
        double[] scaled = GaussianProcess.scale(points, n, hyper);
        double[] kernel = new double[n * n];
        double[] slopes = new double[n * n];
        for (int i = 0; i < n; i++) {
            kernel[i * n + i] = s2 + noise;
            for (int j = 0; j < i; j++) {
                double r = Matern52.distance(scaled, i, scaled, j, d);
                double v = Matern52.value(r, s2);
                kernel[i * n + j] = v;
                kernel[j * n + i] = v;
                slopes[i * n + j] = Matern52.slope(r, s2);
            }
        }
        Optional<Cholesky> factor = Cholesky.decompose(kernel, n);
        if (factor.isEmpty()) {
            java.util.Arrays.fill(gradient, 0);
            return Double.POSITIVE_INFINITY;
        }
        Cholesky cholesky = factor.get();
        double[] alpha = cholesky.solve(values);
        double fit = 0;
        for (int i = 0; i < n; i++) {
            fit += values[i] * alpha[i];
        }
        double logLikelihood = -0.5 * fit - 0.5 * cholesky.logDeterminant() - 0.5 * n * Math.log(2 * Math.PI);

        // ∂L/∂θ = ½ tr(W ∂K/∂θ) with W = ααᵀ − K⁻¹ (symmetric, so off-diagonal pairs count twice).
        double[] w = cholesky.inverse();
        double[] lengthGradient = new double[d];
        double signalGradient = 0;
        double noiseGradient = 0;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double wii = alpha[i] * alpha[i] - w[row + i];
            signalGradient += 0.5 * wii * s2;
            noiseGradient += 0.5 * wii * noise;
            int offsetI = i * d;
            for (int j = 0; j < i; j++) {
                double wij = alpha[i] * alpha[j] - w[row + j];
                signalGradient += wij * kernel[row + j];
                double c = wij * slopes[row + j];
                int offsetJ = j * d;
                for (int k = 0; k < d; k++) {
                    double diff = scaled[offsetI + k] - scaled[offsetJ + k];
                    lengthGradient[k] += c * diff * diff;
                }
            }
        }

        double logPrior = 0;
        for (int k = 0; k < d; k++) {
            // Gamma(a, b) on ℓ written in θ = log ℓ (Jacobian included): a θ − b e^θ.
            double ell = hyper.lengthScale(k);
            logPrior += LENGTH_SCALE_SHAPE * theta[k] - LENGTH_SCALE_RATE * ell;
            gradient[k] = -(lengthGradient[k] + LENGTH_SCALE_SHAPE - LENGTH_SCALE_RATE * ell);
        }
        double signalTheta = theta[d];
        logPrior -= 0.5 * signalTheta * signalTheta / (SIGNAL_LOG_SD * SIGNAL_LOG_SD);
        gradient[d] = -(signalGradient - signalTheta / (SIGNAL_LOG_SD * SIGNAL_LOG_SD));
        gradient[d + 1] = -noiseGradient;
        return -(logLikelihood + logPrior);
    }
}
