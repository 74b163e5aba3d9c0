package io.hyperdesk.engine.sampling.bayesian;

/**
 * The Matérn 5/2 covariance with automatic relevance determination (one length scale per input
 * dimension): {@code k(r) = s² (1 + √5 r + 5r²/3) exp(−√5 r)} with
 * {@code r² = Σ_j (x_j − x'_j)² / ℓ_j²}.
 *
 * <p>Matérn 5/2 is twice differentiable, which matches hyperparameter response surfaces better
 * than the infinitely smooth squared exponential. All derivatives the surrogate needs go through
 * one factor {@link #slope}: {@code ∂k/∂x_j = −slope · Δ_j / ℓ_j²} and
 * {@code ∂k/∂log ℓ_j = slope · Δ_j² / ℓ_j²}, both finite at {@code r = 0}.
 */
final class Matern52 {

    static final double SQRT5 = Math.sqrt(5);

    private Matern52() {
    }

    /** {@code k} at scaled distance {@code r} for signal variance {@code s2}. */
    static double value(double r, double s2) {
        double sr = SQRT5 * r;
        return s2 * (1 + sr + sr * sr / 3) * Math.exp(-sr);
    }

    /** {@code (5/3) s² (1 + √5 r) exp(−√5 r)}, so that {@code dk/dr = −r · slope}. */
    static double slope(double r, double s2) {
        double sr = SQRT5 * r;
        return (5.0 / 3.0) * s2 * (1 + sr) * Math.exp(-sr);
    }

    /** The scaled distance between rows {@code a} of {@code xa} and {@code b} of {@code xb}, both already divided by the length scales. */
    static double distance(double[] xa, int a, double[] xb, int b, int dimension) {
        int offsetA = a * dimension;
        int offsetB = b * dimension;
        double sum = 0;
        for (int j = 0; j < dimension; j++) {
            double d = xa[offsetA + j] - xb[offsetB + j];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
