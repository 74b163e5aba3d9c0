package io.hyperdesk.engine.sampling;

import static io.hyperdesk.engine.sampling.Histories.drain;
import static io.hyperdesk.engine.sampling.Histories.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Sampler} promises, run once per implementation: values of the right type and
 * range for every expression kind it accepts (edge ranges included), parameters in declaration
 * order, the same answer for the same history, and an all-choice space drawn without repeats until
 * it is exhausted (SPEC S3, S4).
 */
abstract class SamplerContractTest {

    /** The sampler under test for {@code space}, seeded. */
    abstract Sampler sampler(SearchSpace space, OptionalLong seed);

    /** True when the sampler takes choice parameters only (grid). */
    boolean choiceOnly() {
        return false;
    }

    private SearchSpace everyKind() {
        if (choiceOnly()) {
            return space("units", "choice(range(1, 5))", "activation", "choice(\"relu\", \"tanh\")",
                    "flag", "choice([True, False])", "rate", "choice(0.5, 1e-7, 3.0)", "one", "choice(42)");
        }
        return space("units", "choice(range(1, 5))", "activation", "choice(\"relu\", \"tanh\")",
                "seed", "randint(1)", "dropout", "uniform(0.05, 0.1)", "lr", "loguniform(-16, 0)",
                "noise", "normal(0, 1)", "scale", "lognormal(0, 0.5)", "bucket", "quniform(1, 10, 4)",
                "width", "qloguniform(0, 4.6, 0.3)", "shift", "qnormal(0, 3, 0.5)", "count", "qlognormal(2, 1, 2)",
                "tiny", "uniform(-1e-300, 1e-300)", "wide", "randint(9223372036854775807)");
    }

    @Test
    void everyKindGivesValuesOfItsTypeAndRangeInDeclarationOrder() {
        SearchSpace space = everyKind();
        List<Configuration> drawn = drain(sampler(space, OptionalLong.of(5)), 300);
        assertTrue(drawn.size() == (choiceOnly() ? 4 * 2 * 2 * 3 : 300), "drew " + drawn.size());
        for (Configuration configuration : drawn) {
            assertEquals(space.names(), List.copyOf(configuration.values().keySet()));
            for (Parameter parameter : space.parameters()) {
                Object value = configuration.get(parameter.name());
                if (parameter.expression() instanceof Choice choice) {
                    assertTrue(choice.values().contains(value), parameter.name() + " = " + value);
                }
            }
            if (!choiceOnly()) {
                assertEquals(0L, configuration.get("seed"));
                double dropout = (Double) configuration.get("dropout");
                assertTrue(dropout >= 0.05 && dropout <= 0.1, "dropout " + dropout);
                double lr = (Double) configuration.get("lr");
                assertTrue(lr >= Math.exp(-16) && lr <= 1, "lr " + lr);
                assertTrue(Double.isFinite((Double) configuration.get("noise")));
                assertTrue((Double) configuration.get("scale") > 0);
                long bucket = assertInstanceOf(Long.class, configuration.get("bucket"));
                assertTrue(Set.of(0L, 4L, 8L, 12L).contains(bucket), "quniform(1, 10, 4) gave " + bucket);
                double width = assertInstanceOf(Double.class, configuration.get("width"));
                double steps = width / 0.3;
                assertEquals(Math.rint(steps), steps, 1e-9, "qloguniform(0, 4.6, 0.3) gave " + width);
                assertTrue(width >= 0.9 && width <= 99.6, "width " + width);
                double shift = assertInstanceOf(Double.class, configuration.get("shift"));
                assertEquals(Math.rint(shift * 2), shift * 2, 0, "qnormal step 0.5 gave " + shift);
                long count = assertInstanceOf(Long.class, configuration.get("count"));
                assertTrue(count >= 0 && count % 2 == 0, "qlognormal step 2 gave " + count);
                double tiny = (Double) configuration.get("tiny");
                assertTrue(tiny >= -1e-300 && tiny <= 1e-300);
                assertTrue(assertInstanceOf(Long.class, configuration.get("wide")) >= 0);
            }
        }
    }

    @Test
    void sameHistoryAndSeedGiveTheSameConfiguration() {
        SearchSpace space = everyKind();
        List<Configuration> first = drain(sampler(space, OptionalLong.of(99)), 20);
        List<Configuration> again = drain(sampler(space, OptionalLong.of(99)), 20);
        assertEquals(first, again);
        Sampler sampler = sampler(space, OptionalLong.of(99));
        SweepHistoryProbe probe = new SweepHistoryProbe(first.subList(0, 7));
        assertEquals(sampler.next(probe.history()), sampler.next(probe.history()));
        assertEquals(first.get(7), sampler.next(probe.history()).orElseThrow());
    }

    @Test
    void allChoiceSpaceGivesEachConfigurationOnceThenNothing() {
        SearchSpace space = space("a", "choice(1, 2)", "b", "choice(\"x\", \"y\", \"z\")");
        for (long seed = 0; seed < 20; seed++) {
            List<Configuration> drawn = drain(sampler(space, OptionalLong.of(seed)), 100);
            assertEquals(6, drawn.size(), "seed " + seed + ": " + drawn);
            assertEquals(6, new HashSet<>(drawn).size(), "seed " + seed + ": " + drawn);
        }
    }

    @Test
    void largerAllChoiceSpaceHasNoRepeats() {
        SearchSpace space = space("a", "choice(range(0, 7))", "b", "choice(range(0, 5))", "c", "choice(True, False)");
        List<Configuration> drawn = drain(sampler(space, OptionalLong.of(3)), 200);
        assertEquals(70, drawn.size());
        assertEquals(70, new HashSet<>(drawn).size());
    }

    /** A history of given configurations, built once. */
    private record SweepHistoryProbe(List<Configuration> configurations) {
        io.hyperdesk.engine.run.SweepHistory history() {
            return Histories.of(configurations);
        }
    }
}
