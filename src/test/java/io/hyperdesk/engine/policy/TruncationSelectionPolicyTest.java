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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC T1–T3, T6 with hand-computed histories; one character per interval, X = cancel. */
class TruncationSelectionPolicyTest {

    static final double NAN = Double.NaN;

    static PolicySettings.TruncationSelection percent(int percentage, boolean excludeFinished, int e, int d) {
        return new PolicySettings.TruncationSelection(percentage, excludeFinished, e, d);
    }

    static double[] v(double... values) {
        return values;
    }

    static Stream<Arguments> cases() {
        // Four others scored .1 .2 .3 .4; with the judged run the set is 5; 40% cuts 2.
        List<RunSnapshot> four = List.of(running(1, 0.1), running(2, 0.2), running(3, 0.3), running(4, 0.4));
        // Two running runs and four finished ones (completed, canceled, failed, a parent):
        // k=1 with finished: 7 runs, cut 2, five are worse than .2 | without: 3 runs, cut 1, A worse
        // k=2 with finished: A is .9 now, four worse | without: 3 runs, cut 1, none worse than .2
        List<RunSnapshot> mixed = List.of(running(1, 0.1, 0.9), running(2, 0.3, 0.3),
                run(3, RunState.COMPLETED, 0.05, 0.05), run(4, RunState.CANCELED, 0.0, 0.0),
                run(5, RunState.FAILED, 0.02, 0.02));
        List<RunSnapshot> parents = List.of(parent(0, 0.01, 0.01));
        List<RunSnapshot> ties = List.of(running(1, 0.5), running(2, 0.5), running(3, 0.5), running(4, 0.5));
        return Stream.of(
                Arguments.of("in the cut", Goal.MAXIMIZE, percent(40, false, 1, 0), four, List.of(), v(0.15), "X"),
                Arguments.of("tie counts against the judged run", Goal.MAXIMIZE, percent(40, false, 1, 0), four,
                        List.of(), v(0.2), "X"),
                Arguments.of("just above the cut", Goal.MAXIMIZE, percent(40, false, 1, 0), four, List.of(),
                        v(0.25), "."),
                Arguments.of("worst of all", Goal.MAXIMIZE, percent(40, false, 1, 0), four, List.of(), v(0.05), "X"),
                Arguments.of("minimize in the cut", Goal.MINIMIZE, percent(40, false, 1, 0), four, List.of(),
                        v(0.35), "X"),
                Arguments.of("minimize tie", Goal.MINIMIZE, percent(40, false, 1, 0), four, List.of(), v(0.3), "X"),
                Arguments.of("minimize above the cut", Goal.MINIMIZE, percent(40, false, 1, 0), four, List.of(),
                        v(0.25), "."),
                Arguments.of("all tied, cut 1", Goal.MAXIMIZE, percent(20, false, 1, 0), ties, List.of(), v(0.5), "X"),
                Arguments.of("cut 0 cancels nothing", Goal.MAXIMIZE, percent(10, false, 1, 0), four, List.of(),
                        v(0.0), "."),
                Arguments.of("finished and parent runs ranked", Goal.MAXIMIZE, percent(40, false, 1, 0), mixed,
                        parents, v(0.2, 0.2), ".."),
                Arguments.of("exclude_finished_runs", Goal.MAXIMIZE, percent(40, true, 1, 0), mixed, parents,
                        v(0.2, 0.2), ".X"),
                // T3: at k=2 only runs with two values count: 0.9 and 0.3 -> set 3, 40% cuts 1
                Arguments.of("shorter runs left out", Goal.MAXIMIZE, percent(40, false, 1, 0),
                        List.of(running(1, 0.1, 0.9), running(2, 0.1, 0.3), running(3, 0.0)), List.of(),
                        v(0.2, 0.2), ".X"),
                Arguments.of("e=2, d=3", Goal.MAXIMIZE, percent(50, false, 2, 3),
                        List.of(running(1, 1, 1, 1, 1, 1, 1)), List.of(), v(0, 0, 0, 0, 0, 0), "...X.X"),
                Arguments.of("alone", Goal.MAXIMIZE, percent(99, false, 1, 0), List.of(), List.of(), v(0, 0), ".."),
                // M5: NaN ranks worst and ties with NaN (against the judged run)
                Arguments.of("NaN judged", Goal.MAXIMIZE, percent(40, false, 1, 0),
                        List.of(running(1, NAN), running(2, 0.5), running(3, 0.5), running(4, 0.5)), List.of(),
                        v(NAN), "X"),
                Arguments.of("NaN other is worse than any value", Goal.MAXIMIZE, percent(20, false, 1, 0),
                        List.of(running(1, NAN), running(2, 0.5), running(3, 0.5), running(4, 0.5)), List.of(),
                        v(0.1), "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesAtEachInterval(String name, Goal goal, PolicySettings.TruncationSelection settings,
                               List<RunSnapshot> others, List<RunSnapshot> parents, double[] judged, String expected) {
        assertEquals(expected, decisions(new TruncationSelectionPolicy(settings), goal, others, parents, judged));
    }

    @Test
    void aRunWithNoValueIsNeverCanceled() {
        RunSnapshot empty = judged(new double[0], 0);
        assertFalse(new TruncationSelectionPolicy(percent(99, false, 1, 0))
                .evaluate(history(Goal.MAXIMIZE, List.of(running(1, 1.0)), List.of(), empty), empty).cancel());
    }

    @Test
    void reasonNamesRankCutAndTheValueToBeat() {
        RunSnapshot judged = judged(new double[] {0.15}, 1);
        List<RunSnapshot> four = List.of(running(1, 0.1), running(2, 0.2), running(3, 0.3), running(4, 0.4));
        assertEquals("Truncation selection (40%) at interval 1: best 0.15 ranks 4 of 5 by best value, in the "
                        + "bottom 2 (to stay it must beat 0.2)",
                new TruncationSelectionPolicy(percent(40, false, 1, 0))
                        .evaluate(history(Goal.MAXIMIZE, four, List.of(), judged), judged).reason());
        assertEquals("Truncation selection (40%, finished runs excluded) at interval 1: best 0.15 ranks 4 of 5 by "
                        + "best value, in the bottom 2 (to stay it must beat 0.2)",
                new TruncationSelectionPolicy(percent(40, true, 1, 0))
                        .evaluate(history(Goal.MAXIMIZE, four, List.of(), judged), judged).reason());
        RunSnapshot loss = judged(new double[] {0.35}, 1);
        assertEquals("Truncation selection (40%) at interval 1: best 0.35 ranks 4 of 5 by best value, in the "
                        + "bottom 2 (to stay it must beat 0.3)",
                new TruncationSelectionPolicy(percent(40, false, 1, 0))
                        .evaluate(history(Goal.MINIMIZE, four, List.of(), loss), loss).reason());
        RunSnapshot diverged = judged(new double[] {NAN}, 1);
        List<RunSnapshot> nans = List.of(running(1, NAN), running(2, NAN), running(3, 0.5), running(4, 0.5));
        assertEquals("Truncation selection (40%) at interval 1: best NaN (non-finite values rank worst) ranks 5 of 5 "
                        + "by best value, in the bottom 2 (to stay it needs a finite value)",
                new TruncationSelectionPolicy(percent(40, false, 1, 0))
                        .evaluate(history(Goal.MAXIMIZE, nans, List.of(), diverged), diverged).reason());
    }

    @Test
    void refusesPercentagesOutside1To99() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new TruncationSelectionPolicy(percent(0, false, 1, 0)))
                .getMessage().startsWith("policy.truncation_percentage: must be an integer from 1 to 99, got 0"));
        assertThrows(IllegalArgumentException.class, () -> new TruncationSelectionPolicy(percent(100, false, 1, 0)));
    }
}
