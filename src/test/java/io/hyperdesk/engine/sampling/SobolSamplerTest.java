package io.hyperdesk.engine.sampling;

import static io.hyperdesk.engine.sampling.Histories.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import io.hyperdesk.engine.space.Uniform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SobolSamplerTest {

    @Test
    void sameSeedSamePointsOtherSeedOtherScramble() {
        SearchSpace space = space("x", "uniform(0, 1)", "lr", "loguniform(-9.2, -2.3)", "b", "choice(16, 32, 64)");
        SobolSampler a = new SobolSampler(space, OptionalLong.of(4));
        SobolSampler b = new SobolSampler(space, OptionalLong.of(4));
        SobolSampler c = new SobolSampler(space, OptionalLong.of(5));
        for (int n = 0; n < 50; n++) {
            assertEquals(a.draw(n), b.draw(n));
            assertNotEquals(a.draw(n), c.draw(n));
        }
        assertEquals(a.draw(3), a.next(Histories.of(List.of(a.draw(0), a.draw(1), a.draw(2)))).orElseThrow());
    }

    /** The direction numbers agree with Commons Math's Sobol generator (same point set, any order). */
    @Test
    void plainSequenceMatchesTheReferenceGenerator() {
        int dimension = 12;
        SobolSequenceGenerator reference = new SobolSequenceGenerator(dimension);
        SobolSequence ours = SobolSequence.unscrambled(dimension);
        Set<List<Long>> expected = new HashSet<>();
        Set<List<Long>> actual = new HashSet<>();
        double[] point = new double[dimension];
        for (int n = 0; n < 1024; n++) {
            expected.add(bits(reference.nextVector()));
            ours.point(n, point);
            actual.add(bits(point));
        }
        assertEquals(1024, actual.size());
        assertEquals(expected, actual);
    }

    private static List<Long> bits(double[] point) {
        List<Long> bits = new ArrayList<>();
        for (double u : point) {
            bits.add((long) Math.floor(u * 0x1p32));
        }
        return bits;
    }

    /** Scrambling keeps the net: 256 points put exactly one in each of 16 x 16 cells, and 1024 in each of 1024 strips. */
    @Test
    void scrambledPointsKeepTheNetProperty() {
        SobolSequence sequence = new SobolSequence(8, 77);
        double[] u = new double[8];
        int[][] cells = new int[16][16];
        for (int n = 0; n < 256; n++) {
            sequence.point(n, u);
            cells[(int) (u[0] * 16)][(int) (u[1] * 16)]++;
        }
        for (int[] row : cells) {
            for (int count : row) {
                assertEquals(1, count);
            }
        }
        for (int d = 0; d < 8; d++) {
            boolean[] strip = new boolean[1024];
            for (int n = 0; n < 1024; n++) {
                sequence.point(n, u);
                assertTrue(u[d] > 0 && u[d] < 1);
                strip[(int) (u[d] * 1024)] = true;
            }
            for (boolean hit : strip) {
                assertTrue(hit, "dimension " + d);
            }
        }
    }

    /** Pairwise 16 x 16 bin counts of 1024 points in 6 dimensions vary far less than for random points. */
    @Test
    void moreEvenThanRandomPoints() {
        int dimension = 6;
        List<Parameter> parameters = new ArrayList<>();
        for (int d = 0; d < dimension; d++) {
            parameters.add(new Parameter("x" + d, new Uniform(0, 1)));
        }
        SearchSpace space = new SearchSpace(parameters);
        SobolSampler sobol = new SobolSampler(space, OptionalLong.of(11));
        RandomSampler random = new RandomSampler(space, OptionalLong.of(11));
        double sobolSpread = binSpread(sobol::draw, dimension);
        double randomSpread = binSpread(random::draw, dimension);
        assertTrue(sobolSpread < randomSpread / 3, "Sobol " + sobolSpread + " vs random " + randomSpread);
    }

    private static double binSpread(java.util.function.LongFunction<Configuration> points, int dimension) {
        double[][] u = new double[1024][dimension];
        for (int n = 0; n < 1024; n++) {
            for (int d = 0; d < dimension; d++) {
                u[n][d] = (Double) points.apply(n).get("x" + d);
            }
        }
        double chi = 0;
        for (int i = 0; i < dimension; i++) {
            for (int j = i + 1; j < dimension; j++) {
                int[] counts = new int[256];
                for (double[] point : u) {
                    counts[(int) (point[i] * 16) * 16 + (int) (point[j] * 16)]++;
                }
                for (int count : counts) {
                    chi += (count - 4.0) * (count - 4.0) / 4.0;
                }
            }
        }
        return chi;
    }

    /** Through the quantile, 4096 Sobol points give a normal with a far smaller KS distance than random draws would. */
    @Test
    void quantilePathFitsTightly() {
        SobolSampler sampler = new SobolSampler(space("z", "normal(0, 1)", "w", "uniform(2, 3)"), OptionalLong.of(3));
        double[] z = new double[4096];
        for (int n = 0; n < z.length; n++) {
            z[n] = (Double) sampler.draw(n).get("z");
        }
        double distance = new org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest()
                .kolmogorovSmirnovStatistic(new org.apache.commons.math3.distribution.NormalDistribution(0, 1), z);
        assertTrue(distance < 0.003, "KS distance " + distance);
    }

    @Test
    void refusesMoreDimensionsThanTheDirectionNumbersCover() {
        List<Parameter> parameters = new ArrayList<>();
        for (int d = 0; d < 1001; d++) {
            parameters.add(new Parameter("x" + d, new Uniform(0, 1)));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SobolSampler(new SearchSpace(parameters), OptionalLong.of(1)));
        assertTrue(e.getMessage().contains("at most 1000") || e.getMessage().contains("1 to 1000"), e.getMessage());
        new SobolSampler(new SearchSpace(parameters.subList(0, 1000)), OptionalLong.of(1)).draw(new SplittableRandom().nextInt(1000));
    }
}
