package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunState;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A run read back from the store, complete.
 *
 * @param record    what was stored when it was generated
 * @param state     its latest state
 * @param reason    the reason recorded with that state (cancel reason, failure, …); may be empty
 * @param startedAt when it entered {@code Running}
 * @param endedAt   when it entered a terminal state
 * @param exitCode  the process's exit code, when it exited
 * @param metrics   every metric it logged, name to series (each value with its time), in the
 *                  order the names first appeared
 */
public record StoredRun(
        RunRecord record,
        RunState state,
        String reason,
        Optional<Instant> startedAt,
        Optional<Instant> endedAt,
        Optional<Integer> exitCode,
        Map<String, MetricSeries> metrics) {

    public StoredRun {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
