package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/** TEMPORARY local stub until the space branch lands. */
public final class Samplers {
    private Samplers() {
    }

    public static Sampler create(SearchSpace space, SamplingMethod method, OptionalLong seed, int maxTotalRuns) {
        return history -> {
            SplittableRandom random = new SplittableRandom(seed.orElse(1) * 31 + history.generatedRuns());
            Map<String, Object> values = new LinkedHashMap<>();
            for (Parameter p : space.parameters()) {
                values.put(p.name(), p.expression().sample(random));
            }
            return Optional.of(Configuration.of(values));
        };
    }
}
