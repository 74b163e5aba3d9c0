package io.hyperdesk.engine.run;

import io.hyperdesk.engine.space.Configuration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable picture of one run, as samplers and policies see it.
 *
 * @param sweepId   the sweep the run belongs to (a parent sweep's id for warm-start runs)
 * @param runId     {@code <sweep-id>_<n>} (SPEC L3)
 * @param number    {@code n}, the order in which the run was generated, from 0
 * @param parameters the run's configuration
 * @param state     its state when the snapshot was taken
 * @param primary   the values it logged for the primary metric, one per interval
 * @param startedAt when its process started; empty while queued
 * @param endedAt   when it reached a terminal state; empty before
 */
public record RunSnapshot(
        String sweepId,
        String runId,
        int number,
        Configuration parameters,
        RunState state,
        MetricSeries primary,
        Optional<Instant> startedAt,
        Optional<Instant> endedAt) {

    public RunSnapshot {
        Objects.requireNonNull(sweepId, "sweepId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
    }

    /** True once the run reached a terminal state. */
    public boolean isFinished() {
        return state.isTerminal();
    }

    /** The run's score (SPEC M3); NaN when it logged no finite value. */
    public double score(Goal goal) {
        return primary.best(goal);
    }
}
