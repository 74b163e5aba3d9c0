package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * SPEC S3 (ours): on an all-choice space, random and Sobol never repeat a configuration this
 * sweep has already generated, and stop when none is left.
 *
 * <p>The sampler proposes points (random draws, or successive Sobol points) and the first one not
 * yet used is taken. When most of a small space is used, proposing would mostly hit used points,
 * so the unused points are listed and one is picked uniformly instead: exact and O(space size).
 * Built afresh for each suggestion from the history, so it holds no state between runs.
 */
final class WithoutReplacement {

    /** Random proposals are i.i.d. uniform, so taking the first unused one is uniform over the unused. */
    static final int RANDOM_PROPOSALS = 64;

    /** Spaces up to this size may be listed point by point. */
    static final long LISTABLE = 1 << 16;

    private final ChoiceGrid grid;
    private final Set<Key> used = new HashSet<>();

    WithoutReplacement(ChoiceGrid grid, SweepHistory history) {
        this.grid = grid;
        for (RunSnapshot run : history.runs()) {
            int[] digits = grid.digitsOf(run.parameters());
            if (digits != null) {
                used.add(new Key(digits));
            }
        }
    }

    /**
     * The first unused proposal among {@code proposals.apply(0 .. maxProposals - 1)}, else an unused
     * point chosen with {@code random}; empty when every point is used.
     */
    Optional<Configuration> pick(IntFunction<int[]> proposals, int maxProposals, SplittableRandom random) {
        BigInteger size = grid.size();
        BigInteger remaining = size.subtract(BigInteger.valueOf(used.size()));
        if (remaining.signum() <= 0) {
            return Optional.empty();
        }
        boolean listable = size.compareTo(BigInteger.valueOf(LISTABLE)) <= 0;
        // A small space that is mostly used: proposals would mostly miss, so list the rest.
        boolean crowded = listable && remaining.shiftLeft(1).compareTo(size) <= 0;
        int attempts = crowded ? Math.min(maxProposals, 8) : maxProposals;
        for (int attempt = 0; attempt < attempts; attempt++) {
            int[] digits = proposals.apply(attempt);
            if (!used.contains(new Key(digits))) {
                return Optional.of(grid.configuration(digits));
            }
        }
        if (listable) {
            List<int[]> unused = new ArrayList<>();
            long count = size.longValueExact();
            for (long index = 0; index < count; index++) {
                int[] digits = grid.digits(index);
                if (!used.contains(new Key(digits))) {
                    unused.add(digits);
                }
            }
            return Optional.of(grid.configuration(unused.get(random.nextInt(unused.size()))));
        }
        // A large space: at most a few thousand runs exist, so a random point is unused with
        // probability near 1; the loop ends after very few draws.
        while (true) {
            int[] digits = grid.randomDigits(random);
            if (!used.contains(new Key(digits))) {
                return Optional.of(grid.configuration(digits));
            }
        }
    }

    /** Digits as a set key. */
    private record Key(int[] digits) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(digits, key.digits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(digits);
        }
    }
}
