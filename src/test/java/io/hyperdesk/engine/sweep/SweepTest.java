package io.hyperdesk.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.policy.Decision;
import io.hyperdesk.engine.policy.EarlyTerminationPolicy;
import io.hyperdesk.engine.policy.NoTerminationPolicy;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SweepTest {

    private final InMemorySweepStore store = new InMemorySweepStore();
    private final List<SweepEvent> events = new ArrayList<>();

    private static SweepConfig config(int total, int concurrent, double minutes) {
        SearchSpace space = new SearchSpace(List.of(new Parameter("x", new Choice(List.of(1L, 2L, 3L)))));
        return new SweepConfig("test", List.of("train"), space, SamplingMethod.RANDOM, OptionalLong.of(1),
                new PrimaryMetric("accuracy", Goal.MAXIMIZE), new PolicySettings.None(), total, concurrent, minutes,
                List.of(), List.of());
    }

    /** Run n gets x = n. */
    private static final Sampler NUMBERED = history -> Optional.of(Configuration.of(Map.of("x", (long) history.generatedRuns())));

    private SweepOutcome run(SweepConfig config, Sampler sampler, EarlyTerminationPolicy policy, FakeLauncher launcher) {
        Sweep sweep = new Sweep(config, SweepSetup.fresh("s1", "{}"), sampler, policy, launcher, store, Clock.systemUTC());
        sweep.addListener(events::add);
        return sweep.run();
    }

    private static FakeLauncher.Step step(long pause, double accuracy) {
        return new FakeLauncher.Step(pause, Map.of("accuracy", accuracy));
    }

    @Test
    void runsMaxTotalRunsWithinTheConcurrencyLimitAndStoresEveryValue() {
        FakeLauncher launcher = new FakeLauncher(request -> FakeLauncher.Script.of(0,
                step(5, 0.1), step(5, 0.2), step(5, 0.3)));
        SweepOutcome outcome = run(config(7, 2, 10), NUMBERED, new NoTerminationPolicy(), launcher);

        assertEquals(SweepState.COMPLETED, outcome.state());
        assertEquals("max_total_runs (7) reached", outcome.reason());
        assertEquals(2, launcher.mostGoingAtOnce());
        StoredSweep stored = store.loadSweep("s1").orElseThrow();
        assertEquals(7, stored.runs().size());
        for (StoredRun run : stored.runs()) {
            assertEquals("s1_" + run.record().number(), run.record().runId());
            assertEquals(RunState.COMPLETED, run.state());
            assertEquals(3, run.metrics().get("accuracy").intervals());
        }
        assertEquals(List.of(RunState.QUEUED, RunState.RUNNING, RunState.COMPLETED),
                store.stateChanges("s1_3").stream().map(RunStateChange::state).toList());
        assertTrue(events.get(events.size() - 1) instanceof SweepEvent.SweepEnded);
    }

    @Test
    void passesParametersAsArgumentsInDeclarationOrder() {
        FakeLauncher launcher = new FakeLauncher(request -> FakeLauncher.Script.of(0, step(1, 0.5)));
        Sampler sampler = history -> Optional.of(Configuration.of(new java.util.LinkedHashMap<>(Map.of("x", 0.25))));
        run(config(1, 1, 10), sampler, new NoTerminationPolicy(), launcher);
        assertEquals(List.of("train", "--x", "0.25"), launcher.launched.get(0).arguments());
    }

    @Test
    void endsWhenTheSamplerIsExhausted() {
        FakeLauncher launcher = new FakeLauncher(request -> FakeLauncher.Script.of(0, step(1, 0.5)));
        Sampler twoOnly = history -> history.generatedRuns() < 2 ? NUMBERED.next(history) : Optional.empty();
        SweepOutcome outcome = run(config(10, 3, 10), twoOnly, new NoTerminationPolicy(), launcher);
        assertEquals("the search space is exhausted", outcome.reason());
        assertEquals(2, store.loadSweep("s1").orElseThrow().runs().size());
    }

    @Test
    void cancelsRunningRunsWhenTheDurationEnds() {
        FakeLauncher launcher = new FakeLauncher(request -> FakeLauncher.Script.hang());
        long start = System.currentTimeMillis();
        SweepOutcome outcome = run(config(4, 2, 0.01), NUMBERED, new NoTerminationPolicy(), launcher);
        long took = System.currentTimeMillis() - start;

        assertEquals(SweepState.COMPLETED, outcome.state());
        assertTrue(outcome.reason().startsWith("max_duration_minutes"), outcome.reason());
        assertTrue(took < 5000, "took " + took + " ms");
        List<StoredRun> runs = store.loadSweep("s1").orElseThrow().runs();
        assertEquals(2, runs.size(), "no new runs after the limit");
        for (StoredRun run : runs) {
            assertEquals(RunState.CANCELED, run.state());
            assertTrue(run.reason().contains("max_duration_minutes"), run.reason());
        }
    }

    @Test
    void aFailingRunIsFailedWithItsExitCodeAndTheSweepGoesOn() {
        FakeLauncher launcher = new FakeLauncher(request -> request.runId().endsWith("_1")
                ? FakeLauncher.Script.of(3, new FakeLauncher.Step(1, Map.of("loss", 0.5)))
                : FakeLauncher.Script.of(0, step(1, 0.9)));
        SweepOutcome outcome = run(config(3, 1, 10), NUMBERED, new NoTerminationPolicy(), launcher);
        assertEquals(SweepState.COMPLETED, outcome.state());
        StoredRun failed = store.loadSweep("s1").orElseThrow().runs().get(1);
        assertEquals(RunState.FAILED, failed.state());
        assertEquals(Optional.of(3), failed.exitCode());
        assertTrue(failed.reason().contains("exit code 3"), failed.reason());
        assertTrue(failed.reason().contains("it logged: loss"), "SPEC M1 names what it did log: " + failed.reason());
    }

    @Test
    void aRunThatCannotStartFailsAndThreeAtTheStartFailTheSweep() {
        FakeLauncher launcher = new FakeLauncher(request -> FakeLauncher.Script.unstartable());
        SweepOutcome outcome = run(config(10, 1, 10), NUMBERED, new NoTerminationPolicy(), launcher);
        assertEquals(SweepState.FAILED, outcome.state());
        assertTrue(outcome.reason().contains("no such program: train"), outcome.reason());
        List<StoredRun> runs = store.loadSweep("s1").orElseThrow().runs();
        assertEquals(3, runs.size());
        assertTrue(runs.stream().allMatch(r -> r.state() == RunState.FAILED));
    }

    @Test
    void aPolicyCancelEndsTheRunCanceledWithTheReasonAndSeesOnlyCommittedValues() {
        FakeLauncher launcher = new FakeLauncher(request -> FakeLauncher.Script.of(0,
                step(2, 0.1), step(2, 0.2), step(2, 0.3), step(300, 0.4), step(300, 0.5)));
        List<Integer> seenIntervals = new ArrayList<>();
        EarlyTerminationPolicy cancelAtTwo = (history, run) -> {
            int k = run.primary().intervals();
            seenIntervals.add(k);
            int stored = store.loadSweep("s1").orElseThrow().runs().get(run.number()).metrics().get("accuracy").intervals();
            assertTrue(stored >= k, "value " + k + " judged before it was committed (" + stored + " stored)");
            return k == 2 ? Decision.cancel("test policy at interval 2") : Decision.continueRun();
        };
        SweepOutcome outcome = run(config(2, 2, 10), NUMBERED, cancelAtTwo, launcher);
        assertEquals(SweepState.COMPLETED, outcome.state());
        for (StoredRun run : store.loadSweep("s1").orElseThrow().runs()) {
            assertEquals(RunState.CANCELED, run.state());
            assertEquals("test policy at interval 2", run.reason());
        }
        assertTrue(seenIntervals.stream().allMatch(k -> k <= 2), "no judging after a cancel: " + seenIntervals);
    }

    @Test
    void aUserCancelStopsTheSweepAndItsRuns() throws Exception {
        FakeLauncher launcher = new FakeLauncher(request -> FakeLauncher.Script.hang());
        Sweep sweep = new Sweep(config(5, 2, 10), SweepSetup.fresh("s1", "{}"), NUMBERED, new NoTerminationPolicy(),
                launcher, store, Clock.systemUTC());
        sweep.addListener(event -> {
            if (event instanceof SweepEvent.RunStateChanged changed && changed.runId().equals("s1_1")
                    && changed.state() == RunState.RUNNING) {
                sweep.cancel("canceled by the user");
            }
        });
        SweepOutcome outcome = sweep.run();
        assertEquals(SweepState.CANCELED, outcome.state());
        assertEquals("canceled by the user", outcome.reason());
        assertEquals(SweepState.CANCELED, store.sweeps().get(0).state());
        assertTrue(store.loadSweep("s1").orElseThrow().runs().stream().allMatch(r -> r.state() == RunState.CANCELED));
    }

    @Test
    void aRunWithoutThePrimaryMetricSaysWhichMetricsItLogged() {
        FakeLauncher launcher = new FakeLauncher(request -> FakeLauncher.Script.of(0,
                new FakeLauncher.Step(1, Map.of("Accuracy", 0.5))));
        run(config(1, 1, 10), NUMBERED, new NoTerminationPolicy(), launcher);
        StoredRun run = store.loadSweep("s1").orElseThrow().runs().get(0);
        assertEquals(RunState.COMPLETED, run.state());
        assertEquals("logged no value for the primary metric 'accuracy' (names must match exactly); it logged: Accuracy",
                run.reason());
    }
}
