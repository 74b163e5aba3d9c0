package io.hyperdesk.engine.policy;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds hand-written run snapshots and histories for the policy tests. */
final class Histories {

    static final String JUDGED = "s_99";

    private Histories() {
    }

    /** A run of sweep {@code s}; running runs have no end, queued runs no start. */
    static RunSnapshot run(int number, RunState state, double... values) {
        return snapshot("s", number, state, values);
    }

    static RunSnapshot running(int number, double... values) {
        return run(number, RunState.RUNNING, values);
    }

    /** A run of the parent sweep {@code p} (always terminal). */
    static RunSnapshot parent(int number, double... values) {
        return snapshot("p", number, RunState.COMPLETED, values);
    }

    /** The judged run (number 99) with its values {@code 1..k}. */
    static RunSnapshot judged(double[] values, int k) {
        return snapshot("s", 99, RunState.RUNNING, Arrays.copyOf(values, k));
    }

    /**
     * The history as the live sweep builds it: the other runs of the sweep, the judged run too,
     * and the parent runs.
     */
    static SweepHistory history(Goal goal, List<RunSnapshot> others, List<RunSnapshot> parents, RunSnapshot judged) {
        List<RunSnapshot> runs = new ArrayList<>(others);
        runs.add(judged);
        return new SweepHistory(new PrimaryMetric("accuracy", goal), runs, parents);
    }

    /**
     * The decision at every interval {@code 1..values.length} as one character each: {@code X}
     * cancel, {@code .} continue.
     */
    static String decisions(EarlyTerminationPolicy policy, Goal goal, List<RunSnapshot> others,
                            List<RunSnapshot> parents, double... judgedValues) {
        StringBuilder result = new StringBuilder();
        for (int k = 1; k <= judgedValues.length; k++) {
            RunSnapshot judged = judged(judgedValues, k);
            Decision decision = policy.evaluate(history(goal, others, parents, judged), judged);
            result.append(decision.cancel() ? 'X' : '.');
        }
        return result.toString();
    }

    private static RunSnapshot snapshot(String sweep, int number, RunState state, double... values) {
        MetricSeries.Appender appender = new MetricSeries.Appender();
        for (int i = 0; i < values.length; i++) {
            appender.append(values[i], 1_000L * (i + 1));
        }
        Optional<Instant> start = state == RunState.QUEUED ? Optional.empty() : Optional.of(Instant.ofEpochMilli(0));
        Optional<Instant> end = state.isTerminal() ? Optional.of(Instant.ofEpochMilli(1_000L * (values.length + 1)))
                : Optional.empty();
        return new RunSnapshot(sweep, sweep + "_" + number, number, Configuration.of(Map.of("x", (long) number)),
                state, appender.snapshot(), start, end);
    }
}
