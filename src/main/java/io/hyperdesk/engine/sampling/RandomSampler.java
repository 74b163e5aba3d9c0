package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * SPEC S1: every parameter drawn independently from its expression. Run {@code n}'s configuration
 * comes from a generator seeded by (seed, n) alone, so the same sweep file with the same seed
 * yields the same configurations in the same order, and a restored sweep continues exactly.
 *
 * <p>On a space of {@code choice} only it samples without replacement and returns empty once every
 * configuration has been drawn (SPEC S3). Immutable and thread-safe.
 */
public final class RandomSampler implements Sampler {

    private final Configurations space;
    private final long seed;
    private final ChoiceGrid finite;

    /**
     * @param space the search space (any expressions)
     * @param seed  the sweep's seed; without one a random seed is fixed for this sampler's life
     */
    public RandomSampler(SearchSpace space, OptionalLong seed) {
        Objects.requireNonNull(space, "space");
        this.space = new Configurations(space);
        this.seed = SeedMix.seedOrRandom(Objects.requireNonNull(seed, "seed"));
        this.finite = space.isAllChoice() ? new ChoiceGrid(space) : null;
    }

    @Override
    public Optional<Configuration> next(SweepHistory history) {
        int n = history.generatedRuns();
        if (finite != null) {
            SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, n));
            return new WithoutReplacement(finite, history).pick(attempt -> finite.randomDigits(random),
                    WithoutReplacement.RANDOM_PROPOSALS, random);
        }
        return Optional.of(draw(n));
    }

    /**
     * The independent draw for run number {@code n}, ignoring history (so without SPEC S3's
     * no-replacement rule); what {@link #next} returns on a space that is not all-choice. For
     * previews such as the CLI's {@code sample} and for benchmarks.
     */
    public Configuration draw(long n) {
        SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, n));
        Object[] values = new Object[space.dimension()];
        for (int i = 0; i < values.length; i++) {
            values[i] = space.expressions[i].sample(random);
        }
        return space.of(values);
    }
}
