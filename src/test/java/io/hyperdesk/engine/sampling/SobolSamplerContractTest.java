package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.SearchSpace;
import java.util.OptionalLong;

class SobolSamplerContractTest extends SamplerContractTest {
    @Override
    Sampler sampler(SearchSpace space, OptionalLong seed) {
        return new SobolSampler(space, seed);
    }
}
