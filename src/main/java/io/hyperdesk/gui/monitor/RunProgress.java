package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A live run as the inbox accumulates it from events. Not thread-safe: only the inbox touches it,
 * under its lock; what leaves is an immutable {@link RunUpdate}.
 */
final class RunProgress {

    private final RunRecord record;
    private final Map<String, MetricSeries.Appender> metrics = new LinkedHashMap<>();
    private RunState state = RunState.QUEUED;
    private String reason = "";
    private long startedAtMillis;
    private long endedAtMillis;

    RunProgress(RunRecord record) {
        this.record = record;
    }

    void changeState(RunState newState, String newReason, long atMillis) {
        state = newState;
        reason = newReason == null ? "" : newReason;
        if (newState == RunState.RUNNING && startedAtMillis == 0) {
            startedAtMillis = atMillis;
        }
        if (newState.isTerminal()) {
            endedAtMillis = atMillis;
            if (startedAtMillis == 0) {
                startedAtMillis = atMillis;
            }
        }
    }

    void append(String metric, double value, long atMillis) {
        metrics.computeIfAbsent(metric, name -> new MetricSeries.Appender()).append(value, atMillis);
    }

    /** An immutable picture of the run; O(number of metrics). */
    RunUpdate snapshot() {
        Map<String, MetricSeries> series = new LinkedHashMap<>();
        metrics.forEach((name, appender) -> series.put(name, appender.snapshot()));
        return new RunUpdate(record, state, reason, startedAtMillis, endedAtMillis, series);
    }
}
