package io.hyperdesk.engine.policy;

import static io.hyperdesk.engine.policy.Histories.decisions;
import static io.hyperdesk.engine.policy.Histories.history;
import static io.hyperdesk.engine.policy.Histories.judged;
import static io.hyperdesk.engine.policy.Histories.parent;
import static io.hyperdesk.engine.policy.Histories.run;
import static io.hyperdesk.engine.policy.Histories.running;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC T1–T4 with hand-computed histories; one character per interval, X = cancel. */
class BanditPolicyTest {

    static final double NAN = Double.NaN;

    static PolicySettings.Bandit factor(double factor, int e, int d) {
        return new PolicySettings.Bandit(OptionalDouble.of(factor), OptionalDouble.empty(), e, d);
    }

    static PolicySettings.Bandit amount(double amount, int e, int d) {
        return new PolicySettings.Bandit(OptionalDouble.empty(), OptionalDouble.of(amount), e, d);
    }

    static Arguments row(String name, Goal goal, PolicySettings.Bandit settings, List<RunSnapshot> others,
                         List<RunSnapshot> parents, double[] judged, String expected) {
        return Arguments.of(name, goal, settings, others, parents, judged, expected);
    }

    static double[] v(double... values) {
        return values;
    }

    static Stream<Arguments> cases() {
        // Maximize, factor 0.25 (divide by 1.25). A is finished after 3 intervals; C only
        // becomes strong at interval 6, which a judgement at k <= 5 must not see (SPEC T3).
        List<RunSnapshot> maxRuns = List.of(run(1, RunState.COMPLETED, 0.5, 1.0, 1.2),
                running(2, 0.1, 0.2, 0.3, 0.4, 0.5, 100));
        // k=1: B=0.5 thr 0.4 x 0.45 | k=2: B=1.0 thr 0.8 x 0.79 | k=3: B=1.2 thr 0.96 x 0.95
        // k=4: A has not reached 4, C's best of 1..4 is 0.4, B = x = 1.5 | k=5: B = x
        List<RunSnapshot> minRuns = List.of(run(1, RunState.COMPLETED, 2.0, 1.0, 0.8),
                running(2, 4, 4, 4, 4, 4, 0.001));
        // k=1: B=2.0 thr 2.5 x 2.4 | k=2: B=1.0 thr 1.25 x 1.3 | k=3: B=0.8 thr 1.0 x 1.1 | k=4,5: B = x
        List<RunSnapshot> negative = List.of(running(1, -1.0, 0.0));
        List<RunSnapshot> good = List.of(running(1, 1, 1, 1, 1, 1, 1, 1, 1));
        double[] bad = v(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
        return Stream.of(
                row("maximize factor", Goal.MAXIMIZE, factor(0.25, 1, 0), maxRuns, List.of(),
                        v(0.45, 0.79, 0.95, 1.5, 0.1), ".XX.."),
                row("minimize factor", Goal.MINIMIZE, factor(0.25, 1, 0), minRuns, List.of(),
                        v(2.4, 1.3, 1.1, 0.9, 5), ".XX.."),
                // k=1: B=0.5 thr 0.25 | k=2: B=1.0 thr 0.75, x = 0.75 exactly: strict <, continue
                row("maximize amount, equality continues", Goal.MAXIMIZE, amount(0.25, 1, 0),
                        List.of(running(1, 0.5, 1.0)), List.of(), v(0.2, 0.75, 0.7), "X.."),
                // k=1: B=0.5 thr 0.75 | k=2: B=0.25 thr 0.5, x = 0.5 exactly
                row("minimize amount, equality continues", Goal.MINIMIZE, amount(0.25, 1, 0),
                        List.of(running(1, 0.5, 0.25)), List.of(), v(0.8, 0.5, 0.7), "X.."),
                // Ratio with B <= 0: slack |B|*0.5. k=1: B=-1 thr -1.5 (B/1.5 = -0.67 would cancel);
                // k=2: B=0 thr 0, x=-0.25
                row("maximize B <= 0", Goal.MAXIMIZE, factor(0.5, 1, 0), negative, List.of(),
                        v(-1.25, -0.25, -0.5), ".X."),
                row("maximize B < 0, below slack", Goal.MAXIMIZE, factor(0.5, 1, 0), negative, List.of(),
                        v(-1.75), "X"),
                // k=1: B=-1 thr -0.5 (B*1.5 = -1.5 would cancel); k=2: B=-1, x=-0.75
                row("minimize B < 0", Goal.MINIMIZE, factor(0.5, 1, 0), negative, List.of(), v(-0.75, 0.5), ".."),
                row("minimize B < 0, beyond slack", Goal.MINIMIZE, factor(0.5, 1, 0), negative, List.of(),
                        v(-0.25), "X"),
                row("minimize B = 0", Goal.MINIMIZE, factor(0.5, 1, 0), List.of(running(1, 0.0)), List.of(),
                        v(0.125), "X"),
                // SPEC T1: e=2, d=3 applies at 4, 6, 8 only
                row("e=2, d=3", Goal.MAXIMIZE, factor(0.1, 2, 3), good, List.of(), bad, "...X.X.X"),
                row("e <= 0 means 1", Goal.MAXIMIZE, factor(0.1, 0, 2), good, List.of(), v(0.1, 0.1, 0.1), ".XX"),
                row("negative e means 1", Goal.MAXIMIZE, factor(0.1, -3, 0), good, List.of(), v(0.1, 0.1), "XX"),
                row("e=3, d=0", Goal.MAXIMIZE, factor(0.1, 3, 0), good, List.of(), bad, "..X..X.."),
                // T3: a run that has not reached k is left out; here B = x from k = 2 on
                row("shorter runs left out", Goal.MAXIMIZE, factor(0.1, 1, 0), List.of(running(1, 1.0)), List.of(),
                        v(0.1, 0.1, 0.1), "X.."),
                // Queued runs have no values: nothing to compare with (T8)
                row("queued runs only", Goal.MAXIMIZE, factor(0.1, 1, 0), List.of(run(1, RunState.QUEUED)),
                        List.of(), v(0.1, 0.1), ".."),
                row("alone", Goal.MAXIMIZE, factor(0.1, 1, 0), List.of(), List.of(), bad, "........"),
                // W2: parent runs count in the comparison
                row("parent runs count", Goal.MAXIMIZE, factor(0.1, 1, 0), List.of(), List.of(parent(0, 1.0, 1.0)),
                        v(0.5, 0.95, 0.5), "X.."),
                // Failed and canceled runs count with what they logged
                row("failed and canceled count", Goal.MAXIMIZE, factor(0.1, 1, 0),
                        List.of(run(1, RunState.FAILED, 1.0), run(2, RunState.CANCELED, 0.2, 2.0)), List.of(),
                        v(0.95, 1.5), ".X"),
                // M5: NaN ranks worst; a run with only NaN within 1..k has logged values (not T2)
                row("NaN judged below a finite B", Goal.MAXIMIZE, factor(0.25, 1, 0), List.of(running(1, 1.0, 1.0)),
                        List.of(), v(NAN, 0.9), "X."),
                row("all NaN: no threshold", Goal.MAXIMIZE, factor(0.25, 1, 0), List.of(running(1, NAN, NAN)),
                        List.of(), v(NAN, NAN), ".."),
                row("NaN comparator is never B", Goal.MAXIMIZE, factor(0.25, 1, 0), List.of(running(1, NAN)),
                        List.of(), v(0.1), "."),
                row("+Infinity ranks worst", Goal.MAXIMIZE, factor(0.25, 1, 0),
                        List.of(running(1, Double.POSITIVE_INFINITY)), List.of(), v(0.1), "."),
                row("-Infinity ranks worst when minimizing", Goal.MINIMIZE, factor(0.25, 1, 0),
                        List.of(running(1, Double.NEGATIVE_INFINITY)), List.of(), v(5.0), "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesAtEachInterval(String name, Goal goal, PolicySettings.Bandit settings, List<RunSnapshot> others,
                               List<RunSnapshot> parents, double[] judged, String expected) {
        assertEquals(expected, decisions(new BanditPolicy(settings), goal, others, parents, judged));
    }

    @Test
    void aRunWithNoValueIsNeverCanceled() {
        RunSnapshot empty = judged(new double[0], 0);
        Decision decision = new BanditPolicy(factor(0.1, 1, 0))
                .evaluate(history(Goal.MAXIMIZE, List.of(running(1, 1.0)), List.of(), empty), empty);
        assertFalse(decision.cancel());
    }

    @Test
    void reasonNamesPolicyIntervalValueThresholdAndRuns() {
        List<RunSnapshot> others = List.of(running(1, 0.865), running(2, 0.5), running(3, 0.5), running(4, 0.5),
                running(5, 0.5), running(6, 0.5));
        RunSnapshot judged = judged(new double[] {0.712}, 1);
        Decision decision = new BanditPolicy(factor(0.1, 1, 0))
                .evaluate(history(Goal.MAXIMIZE, others, List.of(), judged), judged);
        assertTrue(decision.cancel());
        assertEquals("Bandit policy (slack_factor 0.1) at interval 1: best 0.712 is below the threshold 0.7864 "
                + "(best of 7 runs 0.865 / 1.1)", decision.reason());
    }

    @Test
    void reasonsForMinimizeAmountAndNegativeBest() {
        RunSnapshot judged = judged(new double[] {0.9}, 1);
        assertEquals("Bandit policy (slack_amount 0.05) at interval 1: best 0.9 is above the threshold 0.55 "
                        + "(best of 2 runs 0.5 + 0.05)",
                new BanditPolicy(amount(0.05, 1, 0)).evaluate(
                        history(Goal.MINIMIZE, List.of(running(1, 0.5)), List.of(), judged), judged).reason());
        RunSnapshot low = judged(new double[] {-2}, 1);
        assertEquals("Bandit policy (slack_factor 0.5) at interval 1: best -2 is below the threshold -1.5 "
                        + "(best of 2 runs -1 - |-1| × 0.5)",
                new BanditPolicy(factor(0.5, 1, 0)).evaluate(
                        history(Goal.MAXIMIZE, List.of(running(1, -1)), List.of(), low), low).reason());
        RunSnapshot nan = judged(new double[] {NAN}, 1);
        assertEquals("Bandit policy (slack_factor 0.5) at interval 1: best NaN (non-finite values rank worst) is "
                        + "below the threshold 0.6667 (best of 2 runs 1 / 1.5)",
                new BanditPolicy(factor(0.5, 1, 0)).evaluate(
                        history(Goal.MAXIMIZE, List.of(running(1, 1)), List.of(), nan), nan).reason());
    }

    @Test
    void refusesSettingsWithoutExactlyOnePositiveSlack() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BanditPolicy(
                new PolicySettings.Bandit(OptionalDouble.of(0.1), OptionalDouble.of(0.2), 1, 0)))
                .getMessage().contains("exactly one of slack_factor and slack_amount"));
        assertThrows(IllegalArgumentException.class, () -> new BanditPolicy(
                new PolicySettings.Bandit(OptionalDouble.empty(), OptionalDouble.empty(), 1, 0)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BanditPolicy(factor(0, 1, 0)))
                .getMessage().startsWith("policy.slack_factor: must be a number above 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BanditPolicy(amount(NAN, 1, 0)))
                .getMessage().startsWith("policy.slack_amount"));
    }
}
