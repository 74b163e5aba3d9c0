package io.hyperdesk.engine.sampling;

import static io.hyperdesk.engine.sampling.Histories.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.SearchSpace;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SamplersTest {

    private static final SearchSpace CHOICES = space("a", "choice(1, 2)", "b", "choice(\"x\", \"y\", \"z\")");
    private static final SearchSpace MIXED = space("a", "choice(1, 2)", "lr", "loguniform(-6, -1)", "n", "quniform(1, 10, 4)");

    @Test
    void createsTheSamplerTheMethodNames() {
        assertInstanceOf(RandomSampler.class, Samplers.create(MIXED, SamplingMethod.RANDOM, OptionalLong.of(1), 10));
        assertInstanceOf(SobolSampler.class, Samplers.create(MIXED, SamplingMethod.SOBOL, OptionalLong.empty(), 10));
        assertInstanceOf(GridSampler.class, Samplers.create(CHOICES, SamplingMethod.GRID, OptionalLong.empty(), 10));
        assertInstanceOf(io.hyperdesk.engine.sampling.bayesian.BayesianSampler.class,
                Samplers.create(CHOICES, SamplingMethod.BAYESIAN, OptionalLong.empty(), 10));
        assertThrows(IllegalArgumentException.class, () -> Samplers.create(MIXED, SamplingMethod.GRID, OptionalLong.empty(), 10));
    }

    @Test
    void rulesNameTheParameterAndTheFix() {
        assertEquals(List.of(), SamplingRules.problems(MIXED, SamplingMethod.RANDOM));
        assertEquals(List.of(), SamplingRules.problems(MIXED, SamplingMethod.SOBOL));
        List<SamplingProblem> grid = SamplingRules.problems(MIXED, SamplingMethod.GRID);
        assertEquals(List.of("lr", "n"), grid.stream().map(SamplingProblem::parameter).toList());
        assertTrue(grid.get(0).problem().contains("list the values to try"), grid.get(0).problem());

        SearchSpace bayes = space("lr", "loguniform(-6, -1)", "u", "uniform(0, 1)", "q", "quniform(0, 1000000, 1)",
                "c", "choice(\"a\", 2)", "ok", "quniform(0, 10, 1)");
        List<SamplingProblem> problems = SamplingRules.problems(bayes, SamplingMethod.BAYESIAN);
        assertEquals(List.of("lr", "q", "c"), problems.stream().map(SamplingProblem::parameter).toList());
        assertEquals("lr: Bayesian sampling takes choice, uniform and quniform only, not loguniform; write this parameter "
                + "as one of those, or use random or sobol sampling", problems.get(0).toString());
        assertTrue(problems.get(1).problem().contains("has 1000001 points; Bayesian sampling takes at most 100000"),
                problems.get(1).problem());
        assertTrue(problems.get(2).problem().contains("needs all strings or no strings"));
        assertTrue(SamplingRules.problems(new SearchSpace(List.of()), SamplingMethod.RANDOM).get(0).problem()
                .contains("no parameters"));
    }

    @Test
    void warningsInPlainWords() {
        SearchSpace grid = space("a", "choice(range(0, 4))", "b", "choice(range(0, 4))", "c", "choice(range(0, 6))");
        assertEquals(List.of("grid has 96 combinations; max_total_runs 40 leaves out 56"),
                SpaceWarnings.warnings(grid, SamplingMethod.GRID, 40, 2));
        assertEquals(List.of(), SpaceWarnings.warnings(grid, SamplingMethod.GRID, 96, 2));
        assertEquals(List.of(), SpaceWarnings.warnings(MIXED, SamplingMethod.GRID, 1, 2));
        assertEquals(List.of("the search space has only 6 configurations; the sweep stops after 6 runs, below max_total_runs 40"),
                SpaceWarnings.warnings(CHOICES, SamplingMethod.RANDOM, 40, 2));
        assertEquals(List.of(), SpaceWarnings.warnings(MIXED, SamplingMethod.SOBOL, 40, 2));
        List<String> bayes = SpaceWarnings.warnings(MIXED, SamplingMethod.BAYESIAN, 40, 30);
        assertEquals(2, bayes.size());
        assertTrue(bayes.get(0).startsWith("max_total_runs 40 is below 20 × 3 parameters = 60"), bayes.get(0));
        assertTrue(bayes.get(1).startsWith("max_concurrent_runs 30 is above 20"), bayes.get(1));
        assertEquals(List.of(), SpaceWarnings.warnings(MIXED, SamplingMethod.BAYESIAN, 60, 20));
    }
}
