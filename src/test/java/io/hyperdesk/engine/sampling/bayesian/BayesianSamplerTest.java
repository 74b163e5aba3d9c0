package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Normal;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.QUniform;
import io.hyperdesk.engine.space.SearchSpace;
import io.hyperdesk.engine.space.Uniform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class BayesianSamplerTest {

    private static final PrimaryMetric LOSS = new PrimaryMetric("loss", Goal.MINIMIZE);
    private static final SearchSpace LINE = new SearchSpace(List.of(new Parameter("x", new Uniform(-2, 3))));
    private static final SearchSpace PLANE = new SearchSpace(List.of(
            new Parameter("x", new Uniform(0, 1)), new Parameter("y", new Uniform(0, 1))));
    private static final SearchSpace GRID = new SearchSpace(List.of(
            new Parameter("a", new Choice(List.of(1L, 2L, 3L))),
            new Parameter("b", new Choice(List.of("p", "q")))));
    private static final ToDoubleFunction<Configuration> BOWL = c -> {
        double x = x(c, "x") - 0.3;
        double y = x(c, "y") - 0.6;
        return x * x + 2 * y * y;
    };

    @Test
    void theSameHistoryAndSeedGiveTheSameSuggestion() {
        List<RunSnapshot> runs = evaluate(new BayesianSampler(PLANE, OptionalLong.of(1)), BOWL, 9);
        runs.add(run(runs.size(), runs.get(8).parameters(), RunState.RUNNING));
        SweepHistory history = new SweepHistory(LOSS, runs, List.of());
        Configuration first = new BayesianSampler(PLANE, OptionalLong.of(7)).next(history).orElseThrow();
        Configuration second = new BayesianSampler(PLANE, OptionalLong.of(7)).next(history).orElseThrow();
        assertEquals(first, second);
        assertNotEquals(first, new BayesianSampler(PLANE, OptionalLong.of(8)).next(history).orElseThrow());
    }

    @Test
    void aSeededSweepRepeatsItselfRunForRun() {
        List<RunSnapshot> a = evaluate(new BayesianSampler(PLANE, OptionalLong.of(3)), BOWL, 12);
        List<RunSnapshot> b = evaluate(new BayesianSampler(PLANE, OptionalLong.of(3)), BOWL, 12);
        for (int i = 0; i < 12; i++) {
            assertEquals(a.get(i).parameters(), b.get(i).parameters(), "run " + i);
        }
    }

    @Test
    void findsTheMinimumOfAOneDimensionalQuadraticInFifteenRuns() {
        List<RunSnapshot> runs = evaluate(new BayesianSampler(LINE, OptionalLong.of(5)),
                c -> Math.pow(x(c, "x") - 0.7, 2), 15);
        assertTrue(best(runs, Goal.MINIMIZE) < 1e-4, "best " + best(runs, Goal.MINIMIZE));
    }

    @Test
    void maximisesWhenTheGoalSaysSo() {
        PrimaryMetric accuracy = new PrimaryMetric("accuracy", Goal.MAXIMIZE);
        BayesianSampler sampler = new BayesianSampler(PLANE, OptionalLong.of(2));
        List<RunSnapshot> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Configuration c = sampler.next(new SweepHistory(accuracy, runs, List.of())).orElseThrow();
            runs.add(completed(i, c, 1 - BOWL.applyAsDouble(c)));
        }
        assertTrue(best(runs, Goal.MAXIMIZE) > 1 - 1e-3, "best " + best(runs, Goal.MAXIMIZE));
    }

    @Test
    void neverRepeatsAPointOfAFiniteSpaceAndStopsWhenItIsExhausted() {
        BayesianSampler sampler = new BayesianSampler(GRID, OptionalLong.of(4));
        List<RunSnapshot> runs = new ArrayList<>();
        Set<Configuration> seen = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            Configuration c = sampler.next(new SweepHistory(LOSS, runs, List.of())).orElseThrow();
            assertTrue(seen.add(c), "repeated " + c);
            runs.add(completed(i, c, ((Long) c.get("a")) + ("p".equals(c.get("b")) ? 0.5 : 0)));
        }
        assertEquals(Optional.empty(), sampler.next(new SweepHistory(LOSS, runs, List.of())));
    }

    @Test
    void runsStillGoingAreNotSuggestedAgain() {
        List<RunSnapshot> runs = new ArrayList<>();
        runs.add(completed(0, grid(1, "p"), 3));
        runs.add(completed(1, grid(2, "q"), 1));
        runs.add(run(2, grid(1, "q"), RunState.RUNNING));
        runs.add(run(3, grid(3, "p"), RunState.QUEUED));
        runs.add(run(4, grid(3, "q"), RunState.RUNNING));
        Configuration next = new BayesianSampler(GRID, OptionalLong.of(1)).next(new SweepHistory(LOSS, runs, List.of()))
                .orElseThrow();
        assertEquals(grid(2, "p"), next, "the only configuration nobody has run");
    }

    @Test
    void aPendingRunPushesTheNextSuggestionElsewhere() {
        BayesianSampler sampler = new BayesianSampler(PLANE, OptionalLong.of(6));
        List<RunSnapshot> runs = evaluate(sampler, BOWL, 10);
        Configuration first = sampler.next(new SweepHistory(LOSS, runs, List.of())).orElseThrow();
        runs.add(run(runs.size(), first, RunState.RUNNING));
        Configuration second = sampler.next(new SweepHistory(LOSS, runs, List.of())).orElseThrow();
        double distance = Math.hypot(x(first, "x") - x(second, "x"), x(first, "y") - x(second, "y"));
        assertTrue(distance > 1e-3, "kriging believer moves on, distance " + distance);
    }

    @Test
    void failedAndMetricLessRunsDoNotBreakTheModel() {
        BayesianSampler sampler = new BayesianSampler(PLANE, OptionalLong.of(9));
        List<RunSnapshot> runs = evaluate(sampler, BOWL, 8);
        runs.add(run(8, point(0.9, 0.9), RunState.FAILED));
        runs.add(new RunSnapshot("s", "s_9", 9, point(0.1, 0.1), RunState.COMPLETED, MetricSeries.of(Double.NaN),
                Optional.empty(), Optional.empty()));
        runs.add(run(10, point(0.5, 0.1), RunState.CANCELED));
        runs.add(new RunSnapshot("s", "s_11", 11, point(0.2, 0.9), RunState.FAILED,
                MetricSeries.of(Double.POSITIVE_INFINITY, 1e12), Optional.empty(), Optional.empty()));
        for (int i = 0; i < 5; i++) {
            Configuration c = sampler.next(new SweepHistory(LOSS, runs, List.of())).orElseThrow();
            assertTrue(x(c, "x") >= 0 && x(c, "x") <= 1 && x(c, "y") >= 0 && x(c, "y") <= 1, c.toString());
            runs.add(completed(runs.size(), c, BOWL.applyAsDouble(c)));
        }
        assertTrue(best(runs, Goal.MINIMIZE) < 0.01, "still optimises: " + best(runs, Goal.MINIMIZE));
    }

    @Test
    void keepsSamplingWhenEveryRunSoFarFailed() {
        BayesianSampler sampler = new BayesianSampler(PLANE, OptionalLong.of(2));
        List<RunSnapshot> runs = new ArrayList<>();
        Set<Configuration> seen = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            Configuration c = sampler.next(new SweepHistory(LOSS, runs, List.of())).orElseThrow();
            assertTrue(seen.add(c));
            runs.add(run(i, c, RunState.FAILED));
        }
    }

    @Test
    void parentRunsAreObservationsAndCountAsTaken() {
        List<RunSnapshot> parents = evaluate(new BayesianSampler(LINE, OptionalLong.of(1)),
                c -> Math.pow(x(c, "x") - 0.7, 2), 12);
        Configuration first = new BayesianSampler(LINE, OptionalLong.of(2))
                .next(new SweepHistory(LOSS, List.of(), parents)).orElseThrow();
        assertEquals(0.7, x(first, "x"), 0.05, "the first run already uses the parents' results");

        List<RunSnapshot> gridParents = new ArrayList<>();
        for (long a = 1; a <= 3; a++) {
            gridParents.add(completed((int) a, grid(a, "p"), a));
            gridParents.add(completed((int) a + 3, grid(a, "q"), a));
        }
        assertEquals(Optional.empty(), new BayesianSampler(GRID, OptionalLong.of(2))
                .next(new SweepHistory(LOSS, List.of(), gridParents)));
    }

    @Test
    void suggestsOnlyValuesOfAMixedSpace() {
        SearchSpace space = new SearchSpace(List.of(
                new Parameter("units", new QUniform(8, 256, 8)),
                new Parameter("activation", new Choice(List.of("relu", "tanh", "gelu"))),
                new Parameter("dropout", new Uniform(0, 0.5)),
                new Parameter("layers", new Choice(List.of(1L, 2L, 4L)))));
        BayesianSampler sampler = new BayesianSampler(space, OptionalLong.of(3));
        List<RunSnapshot> runs = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Configuration c = sampler.next(new SweepHistory(LOSS, runs, List.of())).orElseThrow();
            long units = (Long) c.get("units");
            assertTrue(units % 8 == 0 && units >= 8 && units <= 256, c.toString());
            assertTrue(List.of("relu", "tanh", "gelu").contains(c.get("activation")), c.toString());
            assertTrue(List.of(1L, 2L, 4L).contains(c.get("layers")), c.toString());
            double loss = Math.abs(units - 96) / 100.0 + ("gelu".equals(c.get("activation")) ? 0 : 0.3)
                    + x(c, "dropout") + (Long) c.get("layers");
            runs.add(completed(i, c, loss));
        }
    }

    @Test
    void refusesExpressionsItCannotModelNamingTheParameter() {
        SearchSpace space = new SearchSpace(List.of(new Parameter("momentum", new Normal(0.9, 0.05))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BayesianSampler(space, OptionalLong.empty()));
        assertTrue(e.getMessage().startsWith("momentum: normal"), e.getMessage());
    }

    private static List<RunSnapshot> evaluate(BayesianSampler sampler, ToDoubleFunction<Configuration> f, int count) {
        List<RunSnapshot> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Configuration c = sampler.next(new SweepHistory(LOSS, runs, List.of())).orElseThrow();
            runs.add(completed(i, c, f.applyAsDouble(c)));
        }
        return runs;
    }

    private static double best(List<RunSnapshot> runs, Goal goal) {
        double best = Double.NaN;
        for (RunSnapshot run : runs) {
            best = goal.better(best, run.score(goal));
        }
        return best;
    }

    private static RunSnapshot completed(int number, Configuration c, double value) {
        return new RunSnapshot("s", "s_" + number, number, c, RunState.COMPLETED, MetricSeries.of(value),
                Optional.empty(), Optional.empty());
    }

    private static RunSnapshot run(int number, Configuration c, RunState state) {
        return new RunSnapshot("s", "s_" + number, number, c, state, MetricSeries.empty(), Optional.empty(),
                Optional.empty());
    }

    private static Configuration point(double x, double y) {
        return Configuration.of(Map.of("x", x, "y", y));
    }

    private static Configuration grid(long a, String b) {
        java.util.LinkedHashMap<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("a", a);
        values.put("b", b);
        return Configuration.of(values);
    }

    private static double x(Configuration c, String name) {
        return ((Number) c.get(name)).doubleValue();
    }
}
