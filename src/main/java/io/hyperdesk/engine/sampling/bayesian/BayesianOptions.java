package io.hyperdesk.engine.sampling.bayesian;

/**
 * Tuning knobs of {@link BayesianSampler}; {@link #defaults()} is what sweeps use.
 *
 * @param initialRuns     runs drawn from the scrambled Sobol design before the model takes over;
 *                        0 chooses {@code max(5, 2d)} for {@code d} parameters (on Hartmann-6, 12
 *                        initial runs instead of 7 left the model in a local optimum a little less
 *                        often; see docs/bench/bayesian.md)
 * @param maxObservations the most observations the surrogate is conditioned on; beyond it (e.g. a
 *                        long sweep resumed from several parents) the best half and a seeded
 *                        random sample of the rest are kept, which bounds the O(n³) cost
 */
public record BayesianOptions(int initialRuns, int maxObservations) {

    public BayesianOptions {
        if (initialRuns < 0) {
            throw new IllegalArgumentException("initialRuns: must be 0 (automatic) or positive, was " + initialRuns);
        }
        if (maxObservations < 10) {
            throw new IllegalArgumentException("maxObservations: must be at least 10, was " + maxObservations);
        }
    }

    /** Automatic initial design, at most 1000 modelled observations. */
    public static BayesianOptions defaults() {
        return new BayesianOptions(0, 1000);
    }

    /** The initial design size for a space of {@code parameters} parameters. */
    int initialRunsFor(int parameters) {
        return initialRuns > 0 ? initialRuns : Math.max(5, 2 * parameters);
    }
}
