package io.hyperdesk.engine.sampling.bayesian;

import java.util.Arrays;
import java.util.Optional;

/**
 * The posterior of a zero-mean Gaussian process with a {@link Matern52} kernel, conditioned on
 * observations at points of {@code [0, 1]^d} with standardised outcomes and fixed
 * {@link GpHyperparameters}.
 *
 * <p>Built once per suggestion and then queried thousands of times by the acquisition optimiser,
 * so predictions reuse one Cholesky factor and work on inputs pre-divided by the length scales.
 * Pending runs are added with {@link #addFantasy} (kriging believer): the outcome is set to the
 * current posterior mean, which leaves the mean surface unchanged but collapses the variance
 * there, so concurrent suggestions spread out. Not thread-safe.
 */
final class GaussianProcess {

    /** Relative variance floor: keeps σ and log EI finite where the posterior is certain. */
    private static final double VARIANCE_FLOOR = 1e-14;

    private final GpHyperparameters hyper;
    private final int dimension;
    private final double signalVariance;
    private final double diagonal;
    private double[] scaled;
    private double[] targets;
    private int count;
    private final Cholesky cholesky;
    private double[] alpha;

    private GaussianProcess(GpHyperparameters hyper, double[] scaled, double[] targets, int count,
            Cholesky cholesky, double diagonal) {
        this.hyper = hyper;
        this.dimension = hyper.dimension();
        this.signalVariance = hyper.signalVariance();
        this.scaled = scaled;
        this.targets = targets;
        this.count = count;
        this.cholesky = cholesky;
        this.diagonal = diagonal;
        this.alpha = cholesky.solve(Arrays.copyOf(targets, count));
    }

    /**
     * Conditions the process on {@code n} observations: {@code points} holds them row-major
     * ({@code n × d}), {@code values} their standardised outcomes. A little jitter is added when
     * the kernel matrix is numerically singular (e.g. the same point observed twice with a tiny
     * noise variance).
     */
    static GaussianProcess condition(double[] points, double[] values, int n, GpHyperparameters hyper) {
        int d = hyper.dimension();
        double[] scaled = scale(points, n, hyper);
        double s2 = hyper.signalVariance();
        double[] k = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = Matern52.value(Matern52.distance(scaled, i, scaled, j, d), s2);
                k[i * n + j] = v;
                k[j * n + i] = v;
            }
        }
        double jitter = 0;
        while (true) {
            double diagonal = s2 + hyper.noiseVariance() + jitter;
            for (int i = 0; i < n; i++) {
                k[i * n + i] = diagonal;
            }
            Optional<Cholesky> factor = Cholesky.decompose(k, n);
            if (factor.isPresent()) {
                return new GaussianProcess(hyper, scaled, Arrays.copyOf(values, n), n, factor.get(), diagonal);
            }
            jitter = jitter == 0 ? 1e-10 * s2 : jitter * 10;
            if (jitter > s2) {
                throw new IllegalStateException("kernel matrix is not positive definite");
            }
        }
    }

    /** Divides each coordinate by its length scale so distances need no further scaling. */
    static double[] scale(double[] points, int n, GpHyperparameters hyper) {
        int d = hyper.dimension();
        double[] scaled = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                scaled[i * d + j] = points[i * d + j] / hyper.lengthScale(j);
            }
        }
        return scaled;
    }

    GpHyperparameters hyperparameters() {
        return hyper;
    }

    /** Number of conditioning points, fantasies included. */
    int size() {
        return count;
    }

    /**
     * Adds a pending point as an observation whose outcome is the current posterior mean there
     * (kriging believer). Skipped when it would make the matrix singular (a point already there).
     */
    void addFantasy(double[] point) {
        double[] p = scalePoint(point);
        double[] row = new double[count + 1];
        double mean = 0;
        for (int i = 0; i < count; i++) {
            row[i] = Matern52.value(distanceTo(p, i), signalVariance);
            mean += row[i] * alpha[i];
        }
        row[count] = diagonal;
        if (!cholesky.extend(row)) {
            return;
        }
        if (scaled.length < (count + 1) * dimension) {
            scaled = Arrays.copyOf(scaled, Math.max((count + 1) * dimension, scaled.length * 2));
        }
        if (targets.length < count + 1) {
            targets = Arrays.copyOf(targets, Math.max(count + 1, targets.length * 2));
        }
        System.arraycopy(p, 0, scaled, count * dimension, dimension);
        targets[count] = mean;
        count++;
        alpha = cholesky.solve(Arrays.copyOf(targets, count));
    }

    /** Posterior mean at {@code point}. */
    double mean(double[] point) {
        double[] p = scalePoint(point);
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += Matern52.value(distanceTo(p, i), signalVariance) * alpha[i];
        }
        return mean;
    }

    /** Posterior mean and latent (noise-free) variance at {@code point}: {@code out[0]}, {@code out[1]}. */
    void predict(double[] point, double[] out) {
        double[] p = scalePoint(point);
        double[] k = new double[count];
        double mean = 0;
        for (int i = 0; i < count; i++) {
            k[i] = Matern52.value(distanceTo(p, i), signalVariance);
            mean += k[i] * alpha[i];
        }
        cholesky.solveLowerInPlace(k);
        double explained = 0;
        for (int i = 0; i < count; i++) {
            explained += k[i] * k[i];
        }
        out[0] = mean;
        out[1] = Math.max(signalVariance - explained, VARIANCE_FLOOR * signalVariance);
    }

    /**
     * Like {@link #predict} and also the gradients of mean and variance with respect to the point's
     * coordinates, into {@code meanGradient} and {@code varianceGradient} (length d). The gradient
     * of the variance is zero where the floor applies.
     */
    void predictWithGradient(double[] point, double[] out, double[] meanGradient, double[] varianceGradient) {
        double[] p = scalePoint(point);
        double[] k = new double[count];
        double[] slopes = new double[count];
        double mean = 0;
        for (int i = 0; i < count; i++) {
            double r = distanceTo(p, i);
            k[i] = Matern52.value(r, signalVariance);
            slopes[i] = Matern52.slope(r, signalVariance);
            mean += k[i] * alpha[i];
        }
        double[] w = k.clone();
        cholesky.solveLowerInPlace(w);
        double explained = 0;
        for (int i = 0; i < count; i++) {
            explained += w[i] * w[i];
        }
        cholesky.solveUpperInPlace(w);
        double variance = signalVariance - explained;
        boolean floored = variance < VARIANCE_FLOOR * signalVariance;
        out[0] = mean;
        out[1] = floored ? VARIANCE_FLOOR * signalVariance : variance;
        Arrays.fill(meanGradient, 0);
        Arrays.fill(varianceGradient, 0);
        for (int i = 0; i < count; i++) {
            int offset = i * dimension;
            double a = alpha[i] * slopes[i];
            double b = w[i] * slopes[i];
            for (int j = 0; j < dimension; j++) {
                // ∂k_i/∂x_j = −slope · (x_j − X_ij) / ℓ_j², written with scaled coordinates.
                double dk = (p[j] - scaled[offset + j]) / hyper.lengthScale(j);
                meanGradient[j] -= a * dk;
                varianceGradient[j] += 2 * b * dk;
            }
        }
        if (floored) {
            Arrays.fill(varianceGradient, 0);
        }
    }

    private double[] scalePoint(double[] point) {
        double[] p = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            p[j] = point[j] / hyper.lengthScale(j);
        }
        return p;
    }

    private double distanceTo(double[] p, int i) {
        int offset = i * dimension;
        double sum = 0;
        for (int j = 0; j < dimension; j++) {
            double d = p[j] - scaled[offset + j];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
