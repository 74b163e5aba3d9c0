package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.LogUniform;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.QUniform;
import io.hyperdesk.engine.space.SearchSpace;
import io.hyperdesk.engine.space.Uniform;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpaceEncodingTest {

    private static final SearchSpace MIXED = new SearchSpace(List.of(
            new Parameter("lr", new Uniform(0.5, 2.5)),
            new Parameter("batch", new Choice(List.of(128L, 16L, 64L, 32L))),
            new Parameter("optimizer", new Choice(List.of("adam", "sgd", "rmsprop"))),
            new Parameter("units", new QUniform(1, 10, 4)),
            new Parameter("fixed", new Choice(List.of(true)))));

    @Test
    void laysOutOneCoordinatePerNumberAndOneHotForStrings() {
        SpaceEncoding encoding = SpaceEncoding.of(MIXED);
        // lr 1, batch 1 (ordinal), optimizer 3 (one-hot), units 1, fixed 0.
        assertEquals(6, encoding.width());
        double[] x = encoding.encode(config(1.0, 64L, "sgd", 8L, true)).orElseThrow();
        // lr (1.0 − 0.5)/2; batch 64 is rank 2 of 16 < 32 < 64 < 128; quniform(1, 10, 4) rounds half
        // to even (SPEC E11), so its steps are rint(0.25) = 0 … rint(2.5) = 2: units 4 is the middle.
        double[] y = encoding.encode(config(1.0, 64L, "sgd", 4L, true)).orElseThrow();
        assertArrayEquals(new double[] {0.25, 2.0 / 3, 0, 1, 0, 0.5}, y, 1e-12);
        assertEquals(1, x[5], 1e-12);
    }

    @Test
    void decodingRoundTripsEveryDiscreteValue() {
        SpaceEncoding encoding = SpaceEncoding.of(MIXED);
        for (long batch : new long[] {16, 32, 64, 128}) {
            for (String optimizer : new String[] {"adam", "sgd", "rmsprop"}) {
                for (long units : new long[] {0, 4, 8}) {
                    Configuration c = config(2.5, batch, optimizer, units, true);
                    assertEquals(c, encoding.decode(encoding.encode(c).orElseThrow()));
                }
            }
        }
    }

    @Test
    void snapsRelaxedCoordinatesToTheNearestValue() {
        SpaceEncoding encoding = SpaceEncoding.of(MIXED);
        double[] x = {0.3, 0.4, 0.2, 0.7, 0.1, 0.55};
        encoding.snap(x);
        assertArrayEquals(new double[] {0.3, 1.0 / 3, 0, 1, 0, 0.5}, x, 1e-12);
        assertEquals(config(0.5 + 0.6, 32L, "sgd", 4L, true), encoding.decode(x));
    }

    @Test
    void quniformDecodesLikeTheExpressionRounds() {
        SpaceEncoding encoding = SpaceEncoding.of(new SearchSpace(List.of(
                new Parameter("p", new QUniform(0, 1, 0.1)))));
        Set<Object> values = new HashSet<>();
        for (int i = 0; i <= 100; i++) {
            values.add(encoding.decode(new double[] {i / 100.0}).get("p"));
        }
        // Exactly 0.0, 0.1, …, 1.0, without binary noise such as 0.30000000000000004.
        assertEquals(11, values.size());
        assertTrue(values.contains(0.3));
        assertTrue(values.contains(0.7));
        assertEquals(new QUniform(0, 1, 0.1).quantile(0.3), encoding.decode(new double[] {0.3}).get("p"));
    }

    @Test
    void knowsTheSizeOfFiniteSpacesAndEnumeratesThem() {
        SpaceEncoding encoding = SpaceEncoding.of(new SearchSpace(List.of(
                new Parameter("a", new Choice(List.of(1L, 2L, 3L))),
                new Parameter("b", new Choice(List.of("x", "y"))))));
        assertEquals(6, encoding.finiteSize().orElseThrow());
        Set<Configuration> all = new HashSet<>();
        for (long i = 0; i < 6; i++) {
            all.add(encoding.decode(encoding.pointAt(i)));
        }
        assertEquals(6, all.size());
        assertTrue(SpaceEncoding.of(MIXED).finiteSize().isEmpty());
    }

    @Test
    void rejectsValuesOutsideTheSpace() {
        SpaceEncoding encoding = SpaceEncoding.of(MIXED);
        assertTrue(encoding.encode(config(1.0, 48L, "sgd", 8L, true)).isEmpty());
        assertTrue(encoding.encode(config(1.0, 64L, "adagrad", 8L, true)).isEmpty());
        assertTrue(encoding.encode(Configuration.of(Map.of("lr", 1.0))).isEmpty());
    }

    @Test
    void refusesExpressionsBayesianSamplingCannotModel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpaceEncoding.of(
                new SearchSpace(List.of(new Parameter("learning_rate", new LogUniform(-9, -2))))));
        assertTrue(e.getMessage().startsWith("learning_rate: loguniform is not available"), e.getMessage());
        assertTrue(e.getMessage().contains("choice, uniform and quniform"), e.getMessage());
    }

    @Test
    void refusesAQuniformWithMoreThanOneHundredThousandPoints() {
        SpaceEncoding.of(new SearchSpace(List.of(new Parameter("steps", new QUniform(0, 99_999, 1)))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpaceEncoding.of(
                new SearchSpace(List.of(new Parameter("steps", new QUniform(0, 100_000, 1))))));
        assertTrue(e.getMessage().startsWith("steps: quniform(0, 100000, 1)"), e.getMessage());
        assertTrue(e.getMessage().contains("100001 points"), e.getMessage());
    }

    private static Configuration config(double lr, long batch, String optimizer, long units, boolean fixed) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lr", lr);
        values.put("batch", batch);
        values.put("optimizer", optimizer);
        values.put("units", units);
        values.put("fixed", fixed);
        return Configuration.of(values);
    }
}
