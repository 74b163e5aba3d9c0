package io.hyperdesk.bench.bayes;

import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The benchmark's random-search baseline: independent draws seeded by (seed, run number). A
 * stand-in for the engine's RandomSampler, which lives on another branch.
 */
final class UniformRandomSampler implements Sampler {

    private final SearchSpace space;
    private final long seed;

    UniformRandomSampler(SearchSpace space, long seed) {
        this.space = space;
        this.seed = seed;
    }

    @Override
    public Optional<Configuration> next(SweepHistory history) {
        // An odd 64-bit multiplier keeps the streams of different seeds apart (seed·31 + run would
        // make seed 1's run 0 equal seed 0's run 31).
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + history.generatedRuns());
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter parameter : space.parameters()) {
            values.put(parameter.name(), parameter.expression().sample(random));
        }
        return Optional.of(Configuration.of(values));
    }
}
