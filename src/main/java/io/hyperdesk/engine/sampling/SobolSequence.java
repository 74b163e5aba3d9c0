package io.hyperdesk.engine.sampling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A scrambled Sobol sequence with random access: point {@code n} is computed from {@code n} alone,
 * so the sampler needs no state between runs.
 *
 * <p>Direction numbers: Joe and Kuo's {@code new-joe-kuo-6.21201} set (its first 1000 dimensions,
 * the file Commons Math ships). Scrambling: a random lower-triangular binary matrix with unit
 * diagonal multiplies each dimension's generator matrix (linear matrix scrambling), then a random
 * digital shift is XORed in. Both keep the (t, m, s)-net structure that makes Sobol points evenly
 * spread, and remove the plain sequence's artefacts (its first point is the origin, and low
 * dimensions pair up in visible patterns).
 */
final class SobolSequence {

    /** Bits per coordinate; points are distinct for indices below 2^32. */
    static final int BITS = 32;

    /** The dimensions the bundled direction numbers cover. */
    static final int MAX_DIMENSION = 1000;

    private static final String RESOURCE = "/assets/org/apache/commons/math3/random/new-joe-kuo-6.1000";
    private static final double SCALE = 0x1p-32;

    /**
     * For dimension d and byte j of the point index, {@code table[d][256 j + b]} is the XOR of the
     * scrambled direction numbers selected by the bits of byte value b: a point is then four
     * lookups per dimension instead of up to 32 branches (the hot path of Sobol sampling).
     */
    private final int[][] table;
    private final int[] shift;

    SobolSequence(int dimension, long scrambleSeed) {
        this(dimension, scrambleSeed, true);
    }

    /** The plain sequence, for checking the direction numbers against a reference. */
    static SobolSequence unscrambled(int dimension) {
        return new SobolSequence(dimension, 0, false);
    }

    private SobolSequence(int dimension, long scrambleSeed, boolean scrambled) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("Sobol sampling supports 1 to " + MAX_DIMENSION
                    + " parameters, got " + dimension);
        }
        long[][] plain = DirectionNumbers.first(dimension);
        SplittableRandom random = new SplittableRandom(scrambleSeed);
        table = new int[dimension][];
        shift = new int[dimension];
        for (int d = 0; d < dimension; d++) {
            table[d] = byteTable(scrambled ? scramble(plain[d], random) : plain[d]);
            shift[d] = scrambled ? random.nextInt() : 0;
        }
    }

    int dimension() {
        return table.length;
    }

    private static int[] byteTable(long[] direction) {
        int[] t = new int[4 * 256];
        for (int j = 0; j < 4; j++) {
            for (int b = 1; b < 256; b++) {
                t[256 * j + b] = t[256 * j + (b & (b - 1))] ^ (int) direction[8 * j + Integer.numberOfTrailingZeros(b)];
            }
        }
        return t;
    }

    /**
     * Writes point {@code index}'s coordinates into {@code into}, each in the open interval
     * (0, 1): the centre of its 2^-32 cell, so a quantile function never sees 0 or 1. Indices
     * repeat after 2^32 points.
     */
    void point(long index, double[] into) {
        int b0 = (int) index & 0xFF;
        int b1 = 256 + ((int) (index >>> 8) & 0xFF);
        int b2 = 512 + ((int) (index >>> 16) & 0xFF);
        int b3 = 768 + ((int) (index >>> 24) & 0xFF);
        for (int d = 0; d < table.length; d++) {
            int[] t = table[d];
            int x = shift[d] ^ t[b0] ^ t[b1] ^ t[b2] ^ t[b3];
            into[d] = ((x & 0xFFFFFFFFL) + 0.5) * SCALE;
        }
    }

    /**
     * Multiplies a generator matrix (column k = direction number k, most significant bit = first
     * binary digit) by a random lower-triangular matrix L with unit diagonal: output digit i is the
     * parity of (row i of L) AND the column.
     */
    private static long[] scramble(long[] columns, SplittableRandom random) {
        long[] rows = new long[BITS];
        for (int i = 0; i < BITS; i++) {
            long digit = 1L << (BITS - 1 - i);
            long above = ~((digit << 1) - 1) & 0xFFFFFFFFL;
            rows[i] = digit | (random.nextLong() & above);
        }
        long[] scrambled = new long[columns.length];
        for (int k = 0; k < columns.length; k++) {
            long column = 0;
            for (int i = 0; i < BITS; i++) {
                if ((Long.bitCount(rows[i] & columns[k]) & 1) != 0) {
                    column |= 1L << (BITS - 1 - i);
                }
            }
            scrambled[k] = column;
        }
        return scrambled;
    }

    /** Joe and Kuo's primitive polynomials and initial numbers, expanded to 32 direction numbers. */
    private static final class DirectionNumbers {

        private static volatile long[][] all;

        static long[][] first(int dimension) {
            long[][] loaded = all;
            if (loaded == null) {
                loaded = load();
                all = loaded;
            }
            long[][] first = new long[dimension][];
            System.arraycopy(loaded, 0, first, 0, dimension);
            return first;
        }

        private static long[][] load() {
            List<long[]> dimensions = new ArrayList<>();
            long[] first = new long[BITS];
            for (int k = 0; k < BITS; k++) {
                first[k] = 1L << (BITS - 1 - k);
            }
            dimensions.add(first);
            try (InputStream stream = SobolSequence.class.getResourceAsStream(RESOURCE)) {
                if (stream == null) {
                    throw new IllegalStateException("missing Sobol direction numbers " + RESOURCE + " (commons-math3)");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.US_ASCII));
                reader.readLine(); // header: d s a m_i
                String line;
                while ((line = reader.readLine()) != null && dimensions.size() < MAX_DIMENSION) {
                    String[] fields = line.trim().split("\\s+");
                    int degree = Integer.parseInt(fields[1]);
                    int coefficients = Integer.parseInt(fields[2]);
                    long[] m = new long[degree];
                    for (int i = 0; i < degree; i++) {
                        m[i] = Long.parseLong(fields[3 + i]);
                    }
                    dimensions.add(expand(degree, coefficients, m));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return dimensions.toArray(new long[0][]);
        }

        /**
         * v_k = m_k / 2^k for k up to the degree s, then the recurrence
         * v_k = a_1 v_{k-1} ^ ... ^ a_{s-1} v_{k-s+1} ^ v_{k-s} ^ (v_{k-s} / 2^s).
         */
        private static long[] expand(int s, int a, long[] m) {
            long[] v = new long[BITS];
            for (int k = 0; k < BITS; k++) {
                if (k < s) {
                    v[k] = m[k] << (BITS - 1 - k);
                } else {
                    long value = v[k - s] ^ (v[k - s] >>> s);
                    for (int i = 1; i < s; i++) {
                        if (((a >>> (s - 1 - i)) & 1) != 0) {
                            value ^= v[k - i];
                        }
                    }
                    v[k] = value;
                }
            }
            return v;
        }
    }
}
