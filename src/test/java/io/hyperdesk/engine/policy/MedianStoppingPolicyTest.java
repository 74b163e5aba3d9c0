package io.hyperdesk.engine.policy;

import static io.hyperdesk.engine.policy.Histories.decisions;
import static io.hyperdesk.engine.policy.Histories.history;
import static io.hyperdesk.engine.policy.Histories.judged;
import static io.hyperdesk.engine.policy.Histories.parent;
import static io.hyperdesk.engine.policy.Histories.run;
import static io.hyperdesk.engine.policy.Histories.running;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC T1–T3, T5 with hand-computed histories; one character per interval, X = cancel. */
class MedianStoppingPolicyTest {

    static final double NAN = Double.NaN;

    static PolicySettings.MedianStopping every(int e, int d) {
        return new PolicySettings.MedianStopping(e, d);
    }

    static double[] v(double... values) {
        return values;
    }

    static Stream<Arguments> cases() {
        // Running averages: k=1: A .25, B .5, C 1.0 -> median .5 | k=2: A .375, B .5, C .5625 -> .5
        // k=3: A .5, B .5 (C has 2 values) -> even median .5 | k=4: A .625 | k=5: no comparator
        List<RunSnapshot> three = List.of(running(1, 0.25, 0.5, 0.75, 1.0),
                run(2, RunState.COMPLETED, 0.5, 0.5, 0.5), run(3, RunState.CANCELED, 1.0, 0.125));
        List<RunSnapshot> minimize = List.of(running(1, 1.0, 0.5), running(2, 0.25, 0.25));
        return Stream.of(
                Arguments.of("maximize, equality continues", Goal.MAXIMIZE, every(1, 0), three, List.of(),
                        v(0.375, 0.4375, 0.5, 0.625, 0.0), "XX..."),
                Arguments.of("even number of comparators", Goal.MAXIMIZE, every(1, 0), three, List.of(),
                        v(0.375, 0.4375, 0.46875), "XXX"),
                Arguments.of("best within 1..k is judged, not the last value", Goal.MAXIMIZE, every(1, 0), three,
                        List.of(), v(0.0, 0.0, 0.0, 0.0, 0.0), "XXXX."),
                // k=1: median (1.0 + .25)/2 = .625, x .75 worse | k=2: A .75, B .25 -> .5, x = .5
                Arguments.of("minimize", Goal.MINIMIZE, every(1, 0), minimize, List.of(), v(0.75, 0.5), "X."),
                Arguments.of("minimize, better than the median", Goal.MINIMIZE, every(1, 0), minimize, List.of(),
                        v(0.5, 0.5), ".."),
                Arguments.of("delay 2, e=2: only k=2,4", Goal.MAXIMIZE, every(2, 2), three, List.of(),
                        v(0.0, 0.0, 0.0, 0.0, 0.0), ".X.X."),
                Arguments.of("e=2, d=3: only k=4", Goal.MAXIMIZE, every(2, 3), three, List.of(),
                        v(0.0, 0.0, 0.0, 0.0, 0.0), "...X."),
                Arguments.of("no comparators", Goal.MAXIMIZE, every(1, 0), List.of(), List.of(), v(0.0, 0.0), ".."),
                Arguments.of("parent runs are comparators", Goal.MAXIMIZE, every(1, 0), List.of(),
                        List.of(parent(0, 0.5, 0.5)), v(0.25, 0.75, 0.0), "X.."),
                // M5: a comparator without a finite value has no average and ranks worst.
                // [NaN, .5]: the middle reaches the missing average: no median, no cancel
                Arguments.of("median on a missing average", Goal.MAXIMIZE, every(1, 0),
                        List.of(running(1, NAN), running(2, 0.5)), List.of(), v(0.0), "."),
                // [NaN, .5, .5]: median .5
                Arguments.of("missing average below the median", Goal.MAXIMIZE, every(1, 0),
                        List.of(running(1, NAN), running(2, 0.5), running(3, 0.5)), List.of(), v(0.25), "X"),
                Arguments.of("missing average below the median, minimize", Goal.MINIMIZE, every(1, 0),
                        List.of(running(1, NAN), running(2, 0.5), running(3, 0.5)), List.of(), v(0.75), "X"),
                Arguments.of("judged without a finite value", Goal.MAXIMIZE, every(1, 0),
                        List.of(running(1, 0.5, 0.5)), List.of(), v(NAN, 0.75), "X."),
                // The running average leaves non-finite values out: [.5, NaN] averages .5
                Arguments.of("average of finite values", Goal.MAXIMIZE, every(1, 0),
                        List.of(running(1, 0.5, NAN)), List.of(), v(0.625, 0.625), ".."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesAtEachInterval(String name, Goal goal, PolicySettings.MedianStopping settings,
                               List<RunSnapshot> others, List<RunSnapshot> parents, double[] judged, String expected) {
        assertEquals(expected, decisions(new MedianStoppingPolicy(settings), goal, others, parents, judged));
    }

    @Test
    void aRunWithNoValueIsNeverCanceled() {
        RunSnapshot empty = judged(new double[0], 0);
        assertFalse(new MedianStoppingPolicy(every(1, 0))
                .evaluate(history(Goal.MAXIMIZE, List.of(running(1, 1.0)), List.of(), empty), empty).cancel());
    }

    @Test
    void reasonNamesTheMedianAndTheNumberOfRuns() {
        RunSnapshot judged = judged(new double[] {0.61}, 1);
        List<RunSnapshot> others = List.of(running(1, 0.7), running(2, 0.7), running(3, 0.9), running(4, 0.5),
                running(5, 0.6), running(6, 0.8));
        assertEquals("Median stopping at interval 1: best 0.61 is worse than the median 0.7 of 6 runs' running "
                        + "averages",
                new MedianStoppingPolicy(every(1, 0)).evaluate(
                        history(Goal.MAXIMIZE, others, List.of(), judged), judged).reason());
        assertEquals("Median stopping at interval 1: best 0.61 is worse than the median 0.7 of 1 run's running "
                        + "average",
                new MedianStoppingPolicy(every(1, 0)).evaluate(
                        history(Goal.MAXIMIZE, List.of(running(1, 0.7)), List.of(), judged), judged).reason());
    }
}
