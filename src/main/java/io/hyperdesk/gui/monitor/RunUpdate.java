package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.StoredRun;
import java.util.Map;

/**
 * Everything the monitor knows about one run at one moment: built by the inbox from a live
 * sweep's events, or from a run read back from the store. Immutable; may cross threads.
 *
 * @param record          the run as generated (id, number, parameters)
 * @param state           its latest state
 * @param reason          the reason given with that state (cancel reason, failure); may be empty
 * @param startedAtMillis when it entered {@code Running}; 0 when it has not
 * @param endedAtMillis   when it entered a terminal state; 0 when it has not
 * @param metrics         every metric it logged, name to series, in the order names first appeared;
 *                        the primary metric's series holds its intervals (SPEC M2)
 */
public record RunUpdate(RunRecord record, RunState state, String reason, long startedAtMillis, long endedAtMillis,
                        Map<String, MetricSeries> metrics) {

    public RunUpdate {
        reason = reason == null ? "" : reason;
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }

    /** A run as the store has it. */
    public static RunUpdate of(StoredRun run) {
        return new RunUpdate(run.record(), run.state(), run.reason(), millis(run.startedAt()), millis(run.endedAt()),
                run.metrics());
    }

    private static long millis(java.util.Optional<java.time.Instant> instant) {
        return instant.map(java.time.Instant::toEpochMilli).orElse(0L);
    }
}
