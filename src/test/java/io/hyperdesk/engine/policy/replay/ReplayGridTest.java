package io.hyperdesk.engine.policy.replay;

import static io.hyperdesk.engine.policy.replay.Recorded.completed;
import static io.hyperdesk.engine.policy.replay.Recorded.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.policy.PolicyRules;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReplayGridTest {

    static final PrimaryMetric ACCURACY = new PrimaryMetric("accuracy", Goal.MAXIMIZE);

    @Test
    void theStandardGridHasElevenSettings() {
        assertEquals(List.of(
                "Bandit (slack_factor 0.05, evaluation_interval 1, delay_evaluation 5)",
                "Bandit (slack_factor 0.1, evaluation_interval 1, delay_evaluation 5)",
                "Bandit (slack_factor 0.2, evaluation_interval 1, delay_evaluation 5)",
                "Bandit (slack_factor 0.3, evaluation_interval 1, delay_evaluation 5)",
                "Median stopping (evaluation_interval 1, delay_evaluation 1)",
                "Median stopping (evaluation_interval 1, delay_evaluation 5)",
                "Median stopping (evaluation_interval 1, delay_evaluation 10)",
                "Truncation selection (10%, evaluation_interval 1, delay_evaluation 5)",
                "Truncation selection (20%, evaluation_interval 1, delay_evaluation 5)",
                "Truncation selection (30%, evaluation_interval 1, delay_evaluation 5)",
                "Truncation selection (50%, evaluation_interval 1, delay_evaluation 5)"),
                ReplayGrid.standardSettings().stream().map(PolicyRules::label).collect(Collectors.toList()));
    }

    @Test
    void keepingTheBestRunComesFirstThenMostIntervalsSaved() {
        // Run 1 is a late bloomer (the best run); runs 2 and 3 are poor throughout.
        ReplaySweep sweep = ReplaySweep.of("s", ACCURACY, List.of(
                completed(0, 0, 10, 0.6, 0.62, 0.64, 0.66, 0.67, 0.68),
                run(1, 0, new long[] {15, 25, 35, 45, 55, 65}, new double[] {0.3, 0.4, 0.7, 0.9, 0.9, 0.9}, 70,
                        RunState.COMPLETED),
                completed(2, 0, 11, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1),
                completed(3, 0, 12, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2)));
        PolicySettings eager = bandit(0.1, 0);       // cancels runs 1-3 at k=1: saves 15, loses the best run
        PolicySettings patient = bandit(0.1, 3);     // cancels runs 2, 3 at k=3: saves 6
        PolicySettings late = bandit(0.1, 5);        // cancels runs 2, 3 at k=5: saves 2
        PolicySettings none = new PolicySettings.None();
        List<ReplayReport> reports = ReplayGrid.replay(sweep, List.of(none, eager, late, patient));
        assertEquals(List.of(patient, late, none, eager),
                reports.stream().map(ReplayReport::settings).collect(Collectors.toList()));
        assertEquals(List.of(6, 2, 0, 15), reports.stream().map(ReplayReport::savedIntervals)
                .collect(Collectors.toList()));
        assertEquals(List.of(true, true, true, false), reports.stream().map(ReplayReport::bestRunKept)
                .collect(Collectors.toList()));
    }

    @Test
    void theStandardGridComesBackInOrder() {
        List<ReplayRun> runs = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            double[] values = new double[15];
            for (int i = 0; i < values.length; i++) {
                values[i] = (n % 4 + 1) * 0.1 * (1 - Math.exp(-(i + 1) / (2.0 + n % 3)));
            }
            runs.add(completed(n, 100L * (n / 4), 7 + n, values));
        }
        List<ReplayReport> reports = ReplayGrid.replay(ReplaySweep.of("s", ACCURACY, runs));
        assertEquals(11, reports.size());
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(ReplayGrid.ORDER.compare(reports.get(i - 1), reports.get(i)) <= 0, "order at " + i);
        }
        assertTrue(reports.get(0).savedIntervals() > 0, "some setting saves something on this sweep");
    }

    static PolicySettings bandit(double factor, int delay) {
        return new PolicySettings.Bandit(OptionalDouble.of(factor), OptionalDouble.empty(), 1, delay);
    }
}
