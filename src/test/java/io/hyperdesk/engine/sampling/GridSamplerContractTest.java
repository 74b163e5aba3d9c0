package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.SearchSpace;
import java.util.OptionalLong;

class GridSamplerContractTest extends SamplerContractTest {
    @Override
    Sampler sampler(SearchSpace space, OptionalLong seed) {
        return new GridSampler(space, 1000);
    }

    @Override
    boolean choiceOnly() {
        return true;
    }
}
