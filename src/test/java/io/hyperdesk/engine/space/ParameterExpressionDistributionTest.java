package io.hyperdesk.engine.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Goodness of fit of every expression kind on 10,000 seeded draws, through both {@code sample}
 * (random sampling) and {@code quantile} (Sobol sampling): Kolmogorov-Smirnov for the continuous
 * kinds, chi-square for the discrete and q-kinds. A p-value below 0.001 fails.
 */
class ParameterExpressionDistributionTest {

    private static final int DRAWS = 10_000;
    private static final double ALPHA = 0.001;

    enum Path { SAMPLE, QUANTILE }

    private static double[] draw(ParameterExpression expression, Path path, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            Object value = path == Path.SAMPLE ? expression.sample(random) : expression.quantile(random.nextDouble());
            values[i] = ((Number) value).doubleValue();
        }
        return values;
    }

    static Stream<Arguments> continuous() {
        List<Arguments> cases = new ArrayList<>();
        for (Path path : Path.values()) {
            cases.add(Arguments.of(new Uniform(0.05, 0.1), path, new UniformRealDistribution(0.05, 0.1), (DoubleUnaryOperator) x -> x));
            cases.add(Arguments.of(new LogUniform(-9.2, -2.3), path, new UniformRealDistribution(-9.2, -2.3), (DoubleUnaryOperator) Math::log));
            cases.add(Arguments.of(new LogUniform(-16, 0), path, new UniformRealDistribution(-16, 0), (DoubleUnaryOperator) Math::log));
            cases.add(Arguments.of(new Normal(2, 3), path, new NormalDistribution(2, 3), (DoubleUnaryOperator) x -> x));
            cases.add(Arguments.of(new LogNormal(0.5, 0.7), path, new LogNormalDistribution(0.5, 0.7), (DoubleUnaryOperator) x -> x));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("continuous")
    void continuousKindsFitTheirDistribution(ParameterExpression expression, Path path, RealDistribution expected,
            DoubleUnaryOperator toUnderlying) {
        double[] values = draw(expression, path, 17);
        for (int i = 0; i < values.length; i++) {
            values[i] = toUnderlying.applyAsDouble(values[i]);
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(expected, values);
        assertTrue(p > ALPHA, expression.toText() + " via " + path + ": KS p = " + p);
    }

    static Stream<Arguments> discrete() {
        List<Arguments> cases = new ArrayList<>();
        for (Path path : Path.values()) {
            cases.add(Arguments.of(new QUniform(0, 10, 1), path, new UniformRealDistribution(0, 10), 1.0));
            cases.add(Arguments.of(new QUniform(1, 10, 4), path, new UniformRealDistribution(1, 10), 4.0));
            cases.add(Arguments.of(new QUniform(-1, 1, 0.25), path, new UniformRealDistribution(-1, 1), 0.25));
            cases.add(Arguments.of(new QLogUniform(0, 4.6, 5), path, logOf(new UniformRealDistribution(0, 4.6)), 5.0));
            cases.add(Arguments.of(new QNormal(0, 3, 0.5), path, new NormalDistribution(0, 3), 0.5));
            cases.add(Arguments.of(new QLogNormal(1, 0.5, 1), path, new LogNormalDistribution(1, 0.5), 1.0));
        }
        return cases.stream();
    }

    /**
     * The q-kinds: value {@code k q} has probability {@code F((k + 1/2) q) - F((k - 1/2) q)} under
     * the underlying distribution F (ties at the half steps have probability zero).
     */
    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("discrete")
    void qKindsFitTheRoundedDistribution(ParameterExpression expression, Path path, RealDistribution underlying, double q) {
        double[] values = draw(expression, path, 23);
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (double value : values) {
            long k = Math.round(value / q);
            assertEquals(k * q, value, 1e-9 * Math.max(1, Math.abs(value)), "not a multiple of q: " + value);
            lowest = Math.min(lowest, k);
            highest = Math.max(highest, k);
        }
        int bins = (int) (highest - lowest + 1);
        double[] expected = new double[bins];
        long[] observed = new long[bins];
        for (int b = 0; b < bins; b++) {
            long k = lowest + b;
            double below = b == 0 ? 0 : underlying.cumulativeProbability((k - 0.5) * q);
            double upTo = b == bins - 1 ? 1 : underlying.cumulativeProbability((k + 0.5) * q);
            expected[b] = (upTo - below) * DRAWS;
        }
        for (double value : values) {
            observed[(int) (Math.round(value / q) - lowest)]++;
        }
        assertChiSquare(expression + " via " + path, expected, observed);
    }

    @Test
    void randintAndChoiceAreUniform() {
        for (Path path : Path.values()) {
            double[] values = draw(new RandInt(7), path, 5);
            long[] observed = new long[7];
            for (double value : values) {
                observed[(int) value]++;
            }
            double[] expected = new double[7];
            java.util.Arrays.fill(expected, DRAWS / 7.0);
            assertChiSquare("randint(7) via " + path, expected, observed);

            Choice choice = new Choice(List.of("a", "b", "c", "d", "e"));
            SplittableRandom random = new SplittableRandom(9);
            long[] counts = new long[5];
            for (int i = 0; i < DRAWS; i++) {
                Object value = path == Path.SAMPLE ? choice.sample(random) : choice.quantile(random.nextDouble());
                counts[choice.values().indexOf(value)]++;
            }
            double[] even = new double[5];
            java.util.Arrays.fill(even, DRAWS / 5.0);
            assertChiSquare("choice via " + path, even, counts);
        }
    }

    private static void assertChiSquare(String what, double[] expected, long[] observed) {
        // Bins expecting fewer than 5 draws are pooled, as the test requires.
        List<Double> e = new ArrayList<>();
        List<Long> o = new ArrayList<>();
        double pooledExpected = 0;
        long pooledObserved = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] < 5) {
                pooledExpected += expected[i];
                pooledObserved += observed[i];
            } else {
                e.add(expected[i]);
                o.add(observed[i]);
            }
        }
        if (pooledExpected > 0) {
            e.add(Math.max(pooledExpected, 1e-9));
            o.add(pooledObserved);
        }
        double p = new ChiSquareTest().chiSquareTest(e.stream().mapToDouble(Double::doubleValue).toArray(),
                o.stream().mapToLong(Long::longValue).toArray());
        assertTrue(p > ALPHA, what + ": chi-square p = " + p);
    }

    /** The distribution of exp(X) for X with distribution {@code logs}. */
    private static RealDistribution logOf(UniformRealDistribution logs) {
        return new UniformRealDistribution(Math.exp(logs.getSupportLowerBound()), Math.exp(logs.getSupportUpperBound())) {
            @Override
            public double cumulativeProbability(double x) {
                return x <= 0 ? 0 : logs.cumulativeProbability(Math.log(x));
            }
        };
    }

    @Test
    void roundingIsHalfToEvenAndNotClipped() {
        // quniform(0, 10, 1) at u = 0.25 is 2.5 before rounding; at 0.35, 3.5; half-to-even gives 2 and 4.
        assertEquals(2L, new QUniform(0, 10, 1).quantile(0.25));
        assertEquals(4L, new QUniform(0, 10, 1).quantile(0.35));
        assertEquals(0L, new QUniform(0, 10, 2).quantile(0.1));
        assertEquals(4L, new QUniform(0, 10, 2).quantile(0.3));
        // q = 0.5: 0.25 is half a step (rounds to 0 steps), 0.75 one and a half (rounds to 2 steps).
        assertEquals(0.0, new QUniform(0, 1, 0.5).quantile(0.25));
        assertEquals(1.0, new QUniform(0, 1, 0.5).quantile(0.75));
        assertEquals(-2L, new QNormal(-2.5, 1, 1).quantile(0.5));
        // Not clipped (SPEC E11): quniform(1, 10, 4) gives 0 at its low end.
        assertEquals(0L, new QUniform(1, 10, 4).quantile(0));
        assertEquals(12L, new QUniform(2, 10.5, 3).quantile(1));
    }

    @Test
    void integralQGivesLongsAndOtherQDoublesWithoutBinaryNoise() {
        SplittableRandom random = new SplittableRandom(1);
        assertInstanceOf(Long.class, new QUniform(1, 10, 4).sample(random));
        assertInstanceOf(Long.class, new QLogUniform(0, 4.6, 1).sample(random));
        assertInstanceOf(Long.class, new QNormal(0, 10, 2.0).sample(random));
        assertInstanceOf(Long.class, new QLogNormal(0, 1, 1).sample(random));
        assertInstanceOf(Double.class, new QNormal(0, 1, 0.5).sample(random));
        assertEquals(0.3, new QUniform(0, 1, 0.1).quantile(0.3));
        // 7 * 0.1 is 0.7000000000000001 in binary arithmetic; the value is the decimal 0.7.
        assertEquals(0.7, new QUniform(0, 1, 0.1).quantile(0.69));
    }
}
