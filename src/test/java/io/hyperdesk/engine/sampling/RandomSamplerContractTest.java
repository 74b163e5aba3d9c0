package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.SearchSpace;
import java.util.OptionalLong;

class RandomSamplerContractTest extends SamplerContractTest {
    @Override
    Sampler sampler(SearchSpace space, OptionalLong seed) {
        return new RandomSampler(space, seed);
    }
}
