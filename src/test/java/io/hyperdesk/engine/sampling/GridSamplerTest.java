package io.hyperdesk.engine.sampling;

import static io.hyperdesk.engine.sampling.Histories.drain;
import static io.hyperdesk.engine.sampling.Histories.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.SearchSpace;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GridSamplerTest {

    private static Configuration config(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Configuration.of(values);
    }

    @Test
    void cartesianProductInDeclarationOrderLastParameterFastest() {
        SearchSpace space = space("a", "choice(1, 2)", "b", "choice(\"x\", \"y\", \"z\")");
        assertEquals(List.of(
                config("a", 1L, "b", "x"), config("a", 1L, "b", "y"), config("a", 1L, "b", "z"),
                config("a", 2L, "b", "x"), config("a", 2L, "b", "y"), config("a", 2L, "b", "z")),
                drain(new GridSampler(space, 100), 100));
    }

    @Test
    void threeParametersInOrder() {
        SearchSpace space = space("x", "choice(range(0, 2))", "y", "choice([True, False])", "z", "choice(0.5, 1.5)");
        List<Configuration> drawn = drain(new GridSampler(space, 100), 100);
        List<Configuration> expected = new ArrayList<>();
        for (long x = 0; x < 2; x++) {
            for (boolean y : new boolean[] {true, false}) {
                for (double z : new double[] {0.5, 1.5}) {
                    expected.add(config("x", x, "y", y, "z", z));
                }
            }
        }
        assertEquals(expected, drawn);
    }

    @Test
    void maxTotalRunsCutsTheGridWithAWarning() {
        SearchSpace space = space("a", "choice(1, 2)", "b", "choice(\"x\", \"y\", \"z\")");
        GridSampler sampler = new GridSampler(space, 4);
        assertEquals(4, drain(sampler, 100).size());
        assertEquals(Optional.of("grid has 6 combinations; max_total_runs 4 leaves out 2"), sampler.plan().warning());
        assertEquals(Optional.empty(), new GridSampler(space, 6).plan().warning());
    }

    @Test
    void planOfTheSpecExample() {
        SearchSpace space = space("a", "choice(range(0, 4))", "b", "choice(range(0, 4))", "c", "choice(range(0, 6))");
        GridPlan plan = GridPlan.of(space, 40);
        assertEquals(BigInteger.valueOf(96), plan.combinations());
        assertEquals(40, plan.runs());
        assertEquals(BigInteger.valueOf(56), plan.leftOut());
        assertEquals("grid has 96 combinations; max_total_runs 40 leaves out 56", plan.warning().orElseThrow());
    }

    @Test
    void hugeGridsAreCountedExactly() {
        String[] spec = new String[40];
        for (int i = 0; i < 20; i++) {
            spec[2 * i] = "p" + i;
            spec[2 * i + 1] = "choice(range(0, 10))";
        }
        GridPlan plan = GridPlan.of(space(spec), 1000);
        assertEquals(BigInteger.TEN.pow(20), plan.combinations());
        assertEquals("grid has 100000000000000000000 combinations; max_total_runs 1000 leaves out 99999999999999999000",
                plan.warning().orElseThrow());
        assertEquals(config(concat(20, 0L)), new GridSampler(space(spec), 1000).next(Histories.of(List.of())).orElseThrow());
    }

    private static Object[] concat(int parameters, long value) {
        Object[] pairs = new Object[2 * parameters];
        for (int i = 0; i < parameters; i++) {
            pairs[2 * i] = "p" + i;
            pairs[2 * i + 1] = value;
        }
        return pairs;
    }

    @Test
    void refusesParametersThatAreNotChoicesNamingThem() {
        SearchSpace space = space("batch", "choice(16, 32)", "learning_rate", "loguniform(-6, -1)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GridSampler(space, 10));
        assertTrue(e.getMessage().startsWith("learning_rate: grid sampling takes choice parameters only; "
                + "loguniform(-6, -1) is not a choice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GridPlan.of(space, 10));
    }

    @Test
    void refusesAChoiceMixingStringsAndNumbers() {
        SearchSpace space = space("act", "choice(\"relu\", 1)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GridSampler(space, 10));
        assertTrue(e.getMessage().contains("act: choice(\"relu\", 1) mixes strings with other values"), e.getMessage());
    }
}
