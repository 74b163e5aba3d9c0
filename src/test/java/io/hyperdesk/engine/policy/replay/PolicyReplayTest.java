package io.hyperdesk.engine.policy.replay;

import static io.hyperdesk.engine.policy.replay.Recorded.completed;
import static io.hyperdesk.engine.policy.replay.Recorded.parent;
import static io.hyperdesk.engine.policy.replay.Recorded.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.policy.Decision;
import io.hyperdesk.engine.policy.EarlyTerminationPolicy;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PolicyReplayTest {

    static final PrimaryMetric ACCURACY = new PrimaryMetric("accuracy", Goal.MAXIMIZE);

    static PolicySettings bandit(double factor, int delay) {
        return new PolicySettings.Bandit(OptionalDouble.of(factor), OptionalDouble.empty(), 1, delay);
    }

    static PolicySettings banditAmount(double amount) {
        return new PolicySettings.Bandit(OptionalDouble.empty(), OptionalDouble.of(amount), 1, 0);
    }

    /** Two waves of two runs; the second wave starts when the first ends. */
    static ReplaySweep twoWaves() {
        return ReplaySweep.of("s", ACCURACY, List.of(
                run(0, 0, new long[] {10, 20, 30, 40}, new double[] {0.5, 0.6, 0.7, 0.8}, 45, RunState.COMPLETED),
                run(1, 0, new long[] {15, 25, 35, 45}, new double[] {0.2, 0.3, 0.4, 0.5}, 50, RunState.COMPLETED),
                run(2, 50, new long[] {60, 70, 80, 90}, new double[] {0.9, 0.95, 0.96, 0.97}, 95,
                        RunState.COMPLETED),
                run(3, 50, new long[] {65, 75, 85, 95}, new double[] {0.5, 0.55, 0.6, 0.65}, 100,
                        RunState.COMPLETED)));
    }

    @Test
    void reproducesHandComputedCancellations() {
        // t15: run 1 at k=1 against run 0's 0.5: threshold 0.25, 0.2 is below.
        // t60: run 2 is best. t65: run 3 at k=1: B = 0.9 (run 2), threshold 0.65, 0.5 is below.
        ReplayReport report = PolicyReplay.replay(twoWaves(), banditAmount(0.25));
        assertEquals(List.of("s_1@1", "s_3@1"), cancels(report));
        assertEquals("Bandit policy (slack_amount 0.25) at interval 1: best 0.2 is below the threshold 0.25 "
                + "(best of 2 runs 0.5 - 0.25)", report.cancels().get(0).reason());
        assertEquals("Bandit policy (slack_amount 0.25) at interval 1: best 0.5 is below the threshold 0.65 "
                + "(best of 4 runs 0.9 - 0.25)", report.cancels().get(1).reason());
        assertEquals(16, report.totalIntervals());
        assertEquals(6, report.savedIntervals());
        assertEquals(6 / 16.0, report.intervalsSavedShare(), 1e-12);
        assertEquals(190, report.totalRunMillis());
        assertEquals(35 + 35, report.savedMillis());
        assertEquals(70 / 190.0, report.timeSavedShare(), 1e-12);
        assertTrue(report.bestRunKept());
        assertEquals("s_2", report.originalBest().orElseThrow().runId());
        assertEquals(0, report.shortfall());
    }

    @Test
    void aLateBloomerIsLostWithoutDelayAndKeptWithIt() {
        ReplaySweep sweep = ReplaySweep.of("s", ACCURACY, List.of(
                completed(0, 0, 10, 0.6, 0.62, 0.64, 0.66),
                run(1, 0, new long[] {15, 25, 35, 45}, new double[] {0.3, 0.4, 0.7, 0.9}, 50, RunState.COMPLETED)));
        ReplayReport eager = PolicyReplay.replay(sweep, bandit(0.1, 0));
        assertEquals(List.of("s_1@1"), cancels(eager));
        assertFalse(eager.bestRunKept());
        assertEquals("s_1", eager.originalBest().orElseThrow().runId());
        assertEquals(0.9, eager.originalBest().orElseThrow().score());
        assertEquals(4, eager.originalBest().orElseThrow().interval());
        assertEquals("s_0", eager.replayBest().orElseThrow().runId());
        assertEquals(0.9 - 0.66, eager.shortfall(), 1e-12);
        assertEquals((0.9 - 0.66) / 0.9, eager.relativeShortfall(), 1e-12);
        assertEquals(1, eager.bestRunCancel().orElseThrow().interval());
        assertEquals("Bandit (slack_factor 0.1, evaluation_interval 1, delay_evaluation 0): cancels 1 of 2 runs, "
                + "saves 37.5% of intervals and 36.8% of run time (0.0 s); loses the best run s_1 (0.9): the best "
                + "left is s_0 (0.66), 0.24 behind (26.7%)", eager.summary());

        // With delay 3 run 1 is first judged at k=3, where it leads.
        ReplayReport patient = PolicyReplay.replay(sweep, bandit(0.1, 3));
        assertEquals(List.of(), cancels(patient));
        assertTrue(patient.bestRunKept());
    }

    @Test
    void theBestRunCanceledAfterItsBestValueIsKeptAndParentRunsCount() {
        // Truncation 50%, delay 2. t20: run 0 at k=2 against the parent (1.0): set 2, cut 1 -> cancel.
        // t22: run 1 at k=2 against run 0 (canceled, 0.95) and the parent: set 3, cut 1 -> cancel.
        ReplaySweep sweep = new ReplaySweep("s", ACCURACY, List.of(
                completed(0, 0, 10, 0.95, 0.5, 0.5, 0.5),
                run(1, 0, new long[] {12, 22, 32, 42}, new double[] {0.2, 0.2, 0.2, 0.2}, 47, RunState.COMPLETED)),
                List.of(parent(0, 1.0, 1.0, 1.0, 1.0)));
        ReplayReport report = PolicyReplay.replay(sweep, new PolicySettings.TruncationSelection(50, false, 1, 2));
        assertEquals(List.of("s_0@2", "s_1@2"), cancels(report));
        assertTrue(report.bestRunKept(), "run 0 logged its best, 0.95, before the cancel");
        assertEquals(2, report.bestRunCancel().orElseThrow().interval());
        assertEquals(45 - 20 + 47 - 22, report.savedMillis());
        // Without the parent nothing is ever worse than run 0.
        ReplayReport alone = PolicyReplay.replay(ReplaySweep.of("s", ACCURACY, sweep.runs()),
                new PolicySettings.TruncationSelection(50, false, 1, 2));
        assertEquals(List.of("s_1@2"), cancels(alone));
    }

    @Test
    void runsCanceledInTheOriginalSweepCannotGrow() {
        ReplaySweep sweep = ReplaySweep.of("s", ACCURACY, List.of(
                completed(0, 0, 10, 0.9, 0.9, 0.9),
                run(1, 0, new long[] {12, 22}, new double[] {0.1, 0.1}, 23, RunState.CANCELED)));
        ReplayReport none = PolicyReplay.replay(sweep, new PolicySettings.None());
        assertEquals(List.of(), cancels(none));
        assertEquals(0, none.savedIntervals());
        ReplayReport bandit = PolicyReplay.replay(sweep, banditAmount(0.25));
        assertEquals(List.of("s_1@1"), cancels(bandit));
        assertEquals(1, bandit.cancels().get(0).savedIntervals());
        assertEquals(23 - 12, bandit.savedMillis());
    }

    @Test
    void thePolicySeesTheSweepAsItWasAtEachValue() {
        // Run 0: 0..(10, 20)..25 completed. Run 1: 15..(18, 30)..35 failed. Run 2 starts at 26.
        ReplaySweep sweep = ReplaySweep.of("s", ACCURACY, List.of(
                run(2, 26, new long[] {30}, new double[] {0.4}, 40, RunState.COMPLETED),
                run(0, 0, new long[] {10, 20}, new double[] {0.1, 0.2}, 25, RunState.COMPLETED),
                run(1, 15, new long[] {18, 30}, new double[] {0.3, 0.35}, 35, RunState.FAILED)));
        List<String> seen = new ArrayList<>();
        EarlyTerminationPolicy recorder = (history, run) -> {
            seen.add(run.runId() + "@" + run.primary().intervals() + ": " + history.runs().stream()
                    .map(r -> r.runId() + " " + r.state().displayName() + " " + r.primary().intervals())
                    .collect(Collectors.joining(", ")));
            return Decision.continueRun();
        };
        PolicyReplay.replay(sweep, new PolicySettings.None(), recorder);
        assertEquals(List.of(
                "s_0@1: s_0 Running 1",
                "s_1@1: s_0 Running 1, s_1 Running 1",
                "s_0@2: s_0 Running 2, s_1 Running 1",
                // t30: same millisecond, run 1 before run 2; run 0 has ended
                "s_1@2: s_0 Completed 2, s_1 Running 2, s_2 Running 0",
                "s_2@1: s_0 Completed 2, s_1 Running 2, s_2 Running 1"), seen);
    }

    @Test
    void refusesRunsThatAreNotFinishedOrInconsistent() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> run(0, 0, new long[] {10}, new double[] {0.1}, 20, RunState.RUNNING))
                .getMessage().startsWith("finalState: run s_0 is Running"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> run(0, 30, new long[] {40}, new double[] {0.1}, 20, RunState.COMPLETED))
                .getMessage().startsWith("endMillis: run s_0 ends"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> run(0, 30, new long[] {0}, new double[] {0.1}, 50, RunState.COMPLETED))
                .getMessage().startsWith("primary: run s_0 has no time for interval 1"));
        ReplayRun once = completed(0, 0, 10, 0.5);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ReplaySweep.of("s", ACCURACY, List.of(once, once)))
                .getMessage().startsWith("runs: run id s_0 appears twice"));
    }

    @Test
    void aSweepWithoutFiniteValuesHasNoBestRunToLose() {
        ReplaySweep sweep = ReplaySweep.of("s", ACCURACY, List.of(completed(0, 0, 10, Double.NaN)));
        ReplayReport report = PolicyReplay.replay(sweep, bandit(0.1, 0));
        assertTrue(report.originalBest().isEmpty());
        assertTrue(report.bestRunKept());
        assertEquals(0, report.shortfall());
    }

    @Test
    void minimizeBestRunTiesGoToTheRunThatReachedItFirst() {
        PrimaryMetric loss = new PrimaryMetric("loss", Goal.MINIMIZE);
        ReplaySweep sweep = ReplaySweep.of("s", loss, List.of(
                completed(0, 0, 10, 0.5, 0.3, 0.2),
                completed(1, 0, 5, 0.4, 0.2, 0.9)));
        ReplayReport report = PolicyReplay.replay(sweep, new PolicySettings.None());
        assertEquals("s_1", report.originalBest().orElseThrow().runId(), "0.2 at t10 beats 0.2 at t30");
        assertEquals(2, report.originalBest().orElseThrow().interval());
    }

    static List<String> cancels(ReplayReport report) {
        return report.cancels().stream().map(c -> c.runId() + "@" + c.interval()).collect(Collectors.toList());
    }
}
