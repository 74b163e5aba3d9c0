package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sweep's own record of one run while the sweep is going. Touched only on the sweep's
 * scheduling thread.
 */
final class RunTracker {

    final String sweepId;
    final String runId;
    final int number;
    final Configuration parameters;
    final Optional<String> resumeFromRunId;

    /** Per metric name, how many values were stored (the store's step numbers). */
    final Map<String, Integer> storedSteps = new LinkedHashMap<>();
    /** The primary metric as the policy sees it: values after a cancel request are left out. */
    private final MetricSeries.Appender primary = new MetricSeries.Appender();

    RunState state = RunState.QUEUED;
    Instant startedAt;
    Instant endedAt;
    RunHandle handle;
    /** Set when the sweep asked the run to stop; the reason it will end with. */
    String cancelReason;
    private RunSnapshot cached;

    RunTracker(String sweepId, String runId, int number, Configuration parameters, Optional<String> resumeFromRunId) {
        this.sweepId = sweepId;
        this.runId = runId;
        this.number = number;
        this.parameters = parameters;
        this.resumeFromRunId = resumeFromRunId;
    }

    /** A tracker for a run read back from the store (a resumed sweep's earlier runs). */
    static RunTracker restored(StoredRun run, String primaryMetricName, RunState state) {
        RunRecord record = run.record();
        RunTracker tracker = new RunTracker(record.sweepId(), record.runId(), record.number(), record.parameters(),
                record.resumedFromRunId());
        MetricSeries series = run.metrics().getOrDefault(primaryMetricName, MetricSeries.empty());
        for (int interval = 1; interval <= series.intervals(); interval++) {
            tracker.primary.append(series.valueAt(interval), series.timeAt(interval));
        }
        run.metrics().forEach((name, values) -> tracker.storedSteps.put(name, values.intervals()));
        tracker.state = state;
        tracker.startedAt = run.startedAt().orElse(null);
        tracker.endedAt = run.endedAt().orElse(null);
        return tracker;
    }

    /** The next store step for {@code metricName}. */
    int nextStoredStep(String metricName) {
        return storedSteps.merge(metricName, 1, Integer::sum);
    }

    /** Appends a primary value the policy may see; returns its interval. */
    int appendPrimary(double value, long epochMillis) {
        primary.append(value, epochMillis);
        cached = null;
        return primary.intervals();
    }

    int primaryIntervals() {
        return primary.intervals();
    }

    boolean isRunning() {
        return state == RunState.RUNNING;
    }

    boolean isCancelRequested() {
        return cancelReason != null;
    }

    /** Records that the sweep asked the run to stop; the first reason wins. */
    boolean requestCancel(String reason) {
        if (cancelReason != null || state.isTerminal()) {
            return false;
        }
        cancelReason = reason;
        cached = null;
        return true;
    }

    void changeState(RunState newState) {
        state = newState;
        cached = null;
    }

    RunSnapshot snapshot() {
        if (cached == null) {
            // A run the sweep asked to stop already counts as canceled for the policy (SPEC T3).
            RunState visible = isCancelRequested() && !state.isTerminal() ? RunState.CANCELED : state;
            cached = new RunSnapshot(sweepId, runId, number, parameters, visible, primary.snapshot(),
                    Optional.ofNullable(startedAt), Optional.ofNullable(endedAt));
        }
        return cached;
    }
}
