package io.hyperdesk.engine.sampling;

import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Seeds derived from a sweep's seed, so each run's draw is a pure function of (seed, run number)
 * (SPEC S1) and samplers keep no generator state between calls.
 */
final class SeedMix {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private SeedMix() {
    }

    /** The sweep's seed, or a random one fixed for the sampler's life when none was given. */
    static long seedOrRandom(OptionalLong seed) {
        return seed.isPresent() ? seed.getAsLong() : new SplittableRandom().nextLong();
    }

    /**
     * A well-mixed seed for stream {@code n} of {@code seed}. Plain {@code seed + n} would not do:
     * SplittableRandom seeds one golden gamma apart give shifted copies of the same stream.
     */
    static long mix(long seed, long n) {
        return stafford13(stafford13(seed ^ 0x5DEECE66DL) + (n + 1) * GOLDEN);
    }

    /** Stafford's variant 13 of the MurmurHash3 finalizer: a bijection that spreads every bit. */
    static long stafford13(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
