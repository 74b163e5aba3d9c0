package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * SPEC S2: run {@code n} takes point {@code n} of a scrambled Sobol sequence, one dimension per
 * parameter in declaration order, mapped through each expression's {@code quantile} (a choice takes
 * equal-width bins). The scramble is drawn from the seed, so the same seed gives the same points.
 *
 * <p>On a space of {@code choice} only it samples without replacement (SPEC S3): when point
 * {@code n} lands on a configuration already used, the following points are tried, then an unused
 * configuration is picked at random; empty once every configuration has been drawn.
 * Immutable and thread-safe.
 */
public final class SobolSampler implements Sampler {

    /** Points tried past {@code n} before an unused configuration is picked at random (SPEC S3). */
    private static final int SOBOL_PROPOSALS = 64;

    private final Configurations space;
    private final long seed;
    private final SobolSequence sequence;
    private final ChoiceGrid finite;

    /**
     * @param space the search space, 1 to 1000 parameters
     * @param seed  the sweep's seed; without one a random seed is fixed for this sampler's life
     * @throws IllegalArgumentException for an empty space or more than 1000 parameters
     */
    public SobolSampler(SearchSpace space, OptionalLong seed) {
        Objects.requireNonNull(space, "space");
        this.space = new Configurations(space);
        this.seed = SeedMix.seedOrRandom(Objects.requireNonNull(seed, "seed"));
        this.sequence = new SobolSequence(space.dimension(), SeedMix.mix(this.seed, -1));
        this.finite = space.isAllChoice() ? new ChoiceGrid(space) : null;
    }

    @Override
    public Optional<Configuration> next(SweepHistory history) {
        int n = history.generatedRuns();
        if (finite != null) {
            SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, n));
            double[] u = new double[space.dimension()];
            return new WithoutReplacement(finite, history).pick(attempt -> {
                sequence.point(n + (long) attempt, u);
                return binDigits(u);
            }, SOBOL_PROPOSALS, random);
        }
        return Optional.of(draw(n));
    }

    /**
     * Point {@code n} mapped through the expressions, ignoring history (so without SPEC S3's
     * no-replacement rule); what {@link #next} returns on a space that is not all-choice. For
     * previews such as the CLI's {@code sample} and for benchmarks.
     */
    public Configuration draw(long n) {
        double[] u = new double[space.dimension()];
        sequence.point(n, u);
        Object[] values = new Object[u.length];
        for (int i = 0; i < u.length; i++) {
            values[i] = space.expressions[i].quantile(u[i]);
        }
        return space.of(values);
    }

    /** The choice indices the equal-width bins give, as {@code Choice.quantile} does. */
    private int[] binDigits(double[] u) {
        int[] digits = new int[u.length];
        for (int i = 0; i < u.length; i++) {
            int radix = finite.radix(i);
            digits[i] = Math.min((int) Math.floor(u[i] * radix), radix - 1);
        }
        return digits;
    }
}
