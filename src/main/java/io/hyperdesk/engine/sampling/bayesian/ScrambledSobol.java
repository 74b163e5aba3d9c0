package io.hyperdesk.engine.sampling.bayesian;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * A Sobol sequence in {@code [0, 1)^d} with a random digital shift: every coordinate's 52-bit
 * binary expansion is XOR-ed with a fixed random mask. The shift keeps the low-discrepancy
 * structure while removing the corner point {@code (0, …, 0)} and making designs differ by seed.
 */
final class ScrambledSobol {

    private static final double SCALE = 0x1p52;

    private final SobolSequenceGenerator generator;
    private final long[] shifts;

    /** A sequence whose shift is drawn from {@code random}. */
    ScrambledSobol(int dimension, SplittableRandom random) {
        this.generator = new SobolSequenceGenerator(dimension);
        this.shifts = new long[dimension];
        for (int j = 0; j < dimension; j++) {
            shifts[j] = random.nextLong() & ((1L << 52) - 1);
        }
    }

    /** The point with index {@code index} (0-based), without advancing the sequence. */
    double[] pointAt(int index) {
        SobolSequenceGenerator fresh = new SobolSequenceGenerator(shifts.length);
        return shift(fresh.skipTo(index));
    }

    /** The next point of the sequence. */
    double[] next() {
        return shift(generator.nextVector());
    }

    private double[] shift(double[] point) {
        for (int j = 0; j < point.length; j++) {
            long bits = (long) (point[j] * SCALE);
            point[j] = ((bits ^ shifts[j]) & ((1L << 52) - 1)) / SCALE;
        }
        return point;
    }
}
