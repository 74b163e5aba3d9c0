package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.sampling.bayesian.BayesianSampler;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.OptionalLong;

/** Builds the sampler a sweep's {@code sampling.method} names. Called once when a sweep starts or resumes. */
public final class Samplers {

    private Samplers() {
    }

    /**
     * The sampler for {@code method}.
     *
     * @param seed         the sweep's seed (SPEC S1); random, Sobol and later Bayesian use it
     * @param maxTotalRuns bounds the grid (SPEC S4)
     * @throws IllegalArgumentException      when the space does not suit the method (see {@link SamplingRules})
     */
    public static Sampler create(SearchSpace space, SamplingMethod method, OptionalLong seed, int maxTotalRuns) {
        switch (method) {
            case RANDOM:
                return new RandomSampler(space, seed);
            case SOBOL:
                return new SobolSampler(space, seed);
            case GRID:
                return new GridSampler(space, maxTotalRuns);
            case BAYESIAN:
                return new BayesianSampler(space, seed);
            default:
                throw new IllegalArgumentException("unknown sampling method " + method);
        }
    }
}
