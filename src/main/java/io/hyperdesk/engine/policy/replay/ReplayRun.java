package io.hyperdesk.engine.policy.replay;

import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import java.util.Objects;

/**
 * One run of a finished sweep as recorded, the input of a {@link PolicyReplay}.
 *
 * @param runId       {@code <sweep-id>_<n>} (SPEC L3)
 * @param number      {@code n}, the generation order, from 0
 * @param parameters  its configuration
 * @param primary     every primary-metric value it logged, each with the time it was logged
 *                    ({@link MetricSeries#timeAt}, epoch milliseconds)
 * @param startMillis when its process started, epoch milliseconds
 * @param endMillis   when it reached its final state, epoch milliseconds
 * @param finalState  its terminal state (Completed, Failed, Canceled or Interrupted)
 */
public record ReplayRun(
        String runId,
        int number,
        Configuration parameters,
        MetricSeries primary,
        long startMillis,
        long endMillis,
        RunState finalState) {

    public ReplayRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(finalState, "finalState");
        if (!finalState.isTerminal()) {
            throw new IllegalArgumentException("finalState: run " + runId + " is " + finalState.displayName()
                    + "; only a finished sweep can be replayed, wait until it ends");
        }
        if (endMillis < startMillis) {
            throw new IllegalArgumentException("endMillis: run " + runId + " ends (" + endMillis
                    + ") before it starts (" + startMillis + ")");
        }
        for (int interval = 1; interval <= primary.intervals(); interval++) {
            if (primary.timeAt(interval) == 0 && startMillis != 0) {
                throw new IllegalArgumentException("primary: run " + runId + " has no time for interval " + interval
                        + "; a replay orders values by the time they were logged");
            }
        }
    }

    /**
     * The recorded run of a terminal snapshot, e.g. one read back from the store.
     *
     * @throws IllegalArgumentException when the snapshot is not terminal or lacks its start or end
     */
    public static ReplayRun from(RunSnapshot run) {
        if (run.startedAt().isEmpty() || run.endedAt().isEmpty()) {
            throw new IllegalArgumentException("run " + run.runId() + ": a replay needs its start and end time; it is "
                    + run.state().displayName());
        }
        return new ReplayRun(run.runId(), run.number(), run.parameters(), run.primary(),
                run.startedAt().get().toEpochMilli(), run.endedAt().get().toEpochMilli(), run.state());
    }

    /** Run time in milliseconds. */
    public long durationMillis() {
        return endMillis - startMillis;
    }
}
