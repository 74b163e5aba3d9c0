package io.hyperdesk.engine.sampling;

import static io.hyperdesk.engine.sampling.Histories.drain;
import static io.hyperdesk.engine.sampling.Histories.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RandomSamplerTest {

    private static final SearchSpace MIXED = space("lr", "loguniform(-9.2, -2.3)", "batch", "choice(16, 32, 64)",
            "dropout", "uniform(0, 0.5)");

    @Test
    void sameSeedSameConfigurationsInTheSameOrder() {
        List<Configuration> first = drain(new RandomSampler(MIXED, OptionalLong.of(7)), 50);
        assertEquals(first, drain(new RandomSampler(MIXED, OptionalLong.of(7)), 50));
        assertNotEquals(first, drain(new RandomSampler(MIXED, OptionalLong.of(8)), 50));
        assertEquals(50, new HashSet<>(first).size());
    }

    @Test
    void withoutASeedEachSamplerHasItsOwnStreamButKeepsIt() {
        RandomSampler sampler = new RandomSampler(MIXED, OptionalLong.empty());
        assertEquals(sampler.draw(3), sampler.draw(3));
        assertNotEquals(sampler.draw(3), new RandomSampler(MIXED, OptionalLong.empty()).draw(3));
    }

    @Test
    void runNDependsOnlyOnNOutsideAllChoiceSpaces() {
        RandomSampler sampler = new RandomSampler(MIXED, OptionalLong.of(1));
        List<Configuration> foreign = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            foreign.add(Configuration.of(Map.of("other", (long) i)));
        }
        assertEquals(sampler.draw(5), sampler.next(Histories.of(foreign)).orElseThrow());
        assertEquals(sampler.draw(0), sampler.next(Histories.of(List.of())).orElseThrow());
    }

    @Test
    void consecutiveRunsAreNotShiftedCopiesOfOneStream() {
        RandomSampler sampler = new RandomSampler(space("x", "uniform(0, 1)", "y", "uniform(0, 1)"), OptionalLong.of(0));
        for (int n = 0; n < 100; n++) {
            assertNotEquals(sampler.draw(n).get("y"), sampler.draw(n + 1).get("x"));
        }
    }

    @Test
    void bigButFiniteSpaceHasNoRepeats() {
        SearchSpace big = space("a", "choice(range(0, 100))", "b", "choice(range(0, 100))", "c", "choice(range(0, 100))");
        List<Configuration> drawn = drain(new RandomSampler(big, OptionalLong.of(2)), 400);
        assertEquals(400, new HashSet<>(drawn).size());
    }

    @Test
    void theLastUnusedConfigurationIsFoundAndRunsFromOtherSpacesAreIgnored() {
        SearchSpace space = space("a", "choice(1, 2)", "b", "choice(True, False)");
        List<Configuration> history = new ArrayList<>();
        history.add(Configuration.of(Map.of("a", 1L, "b", true)));
        history.add(Configuration.of(Map.of("a", 9L, "b", true)));
        history.add(Configuration.of(Map.of("a", 2L, "b", true)));
        history.add(Configuration.of(Map.of("a", 1L, "b", false)));
        history.add(Configuration.of(Map.of("a", 1L, "b", false)));
        for (long seed = 0; seed < 10; seed++) {
            Configuration next = new RandomSampler(space, OptionalLong.of(seed)).next(Histories.of(history)).orElseThrow();
            assertEquals(Configuration.of(Map.of("a", 2L, "b", false)), next);
        }
        history.add(Configuration.of(Map.of("a", 2L, "b", false)));
        assertTrue(new RandomSampler(space, OptionalLong.of(0)).next(Histories.of(history)).isEmpty());
    }

    /** Without replacement, the remaining configurations are still equally likely. */
    @Test
    void drawsWithoutReplacementAreUniformOverTheUnused() {
        SearchSpace space = space("a", "choice(range(0, 4))");
        Configuration used = Configuration.of(Map.of("a", 0L));
        int[] counts = new int[4];
        for (long seed = 0; seed < 3000; seed++) {
            Configuration next = new RandomSampler(space, OptionalLong.of(seed)).next(Histories.of(List.of(used))).orElseThrow();
            counts[(int) (long) (Long) next.get("a")]++;
        }
        assertEquals(0, counts[0]);
        for (int value = 1; value < 4; value++) {
            assertTrue(Math.abs(counts[value] - 1000) < 120, "counts " + java.util.Arrays.toString(counts));
        }
    }
}
