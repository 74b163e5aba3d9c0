package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A SweepStore in memory, for engine tests: synchronous, so sync() has nothing to wait for. */
public final class InMemorySweepStore implements SweepStore {

    private final Map<String, SweepRow> sweeps = new LinkedHashMap<>();
    private final Map<String, RunRow> runs = new LinkedHashMap<>();
    private final List<RunStateChange> changes = new ArrayList<>();
    public int syncCount;

    private static final class SweepRow {
        SweepRecord record;
        SweepState state = SweepState.RUNNING;
        String reason = "";
        Instant endedAt;
    }

    private static final class RunRow {
        RunRecord record;
        RunState state = RunState.QUEUED;
        String reason = "";
        Instant startedAt;
        Instant endedAt;
        Integer exitCode;
        final Map<String, MetricSeries.Appender> metrics = new LinkedHashMap<>();
    }

    @Override
    public synchronized void createSweep(SweepRecord sweep) {
        SweepRow row = new SweepRow();
        row.record = sweep;
        sweeps.put(sweep.id(), row);
    }

    @Override
    public synchronized void recordSweepState(String sweepId, SweepState state, String reason, Instant at) {
        SweepRow row = sweeps.get(sweepId);
        row.state = state;
        row.reason = reason;
        row.endedAt = state.isTerminal() ? at : null;
    }

    @Override
    public synchronized void createRun(RunRecord run) {
        RunRow row = new RunRow();
        row.record = run;
        runs.put(run.runId(), row);
        changes.add(new RunStateChange(run.runId(), RunState.QUEUED, run.createdAt(), ""));
    }

    @Override
    public synchronized void recordRunState(String runId, RunState state, Instant at, String reason,
                                            Optional<Integer> exitCode) {
        RunRow row = runs.get(runId);
        row.state = state;
        row.reason = reason;
        if (state == RunState.RUNNING) {
            row.startedAt = at;
        }
        if (state.isTerminal()) {
            row.endedAt = at;
        }
        exitCode.ifPresent(code -> row.exitCode = code);
        changes.add(new RunStateChange(runId, state, at, reason));
    }

    @Override
    public synchronized void recordMetric(String runId, String metricName, int step, double value, long epochMillis) {
        MetricSeries.Appender appender = runs.get(runId).metrics.computeIfAbsent(metricName, n -> new MetricSeries.Appender());
        if (appender.intervals() + 1 != step) {
            throw new IllegalStateException("step " + step + " after " + appender.intervals() + " for " + metricName);
        }
        appender.append(value, epochMillis);
    }

    @Override
    public synchronized void sync() {
        syncCount++;
    }

    @Override
    public synchronized List<SweepSummary> sweeps() {
        return sweeps.values().stream()
                .sorted(Comparator.comparing((SweepRow s) -> s.record.createdAt()).reversed())
                .map(this::summary).toList();
    }

    private SweepSummary summary(SweepRow row) {
        int count = (int) runs.values().stream().filter(r -> r.record.sweepId().equals(row.record.id())).count();
        return new SweepSummary(row.record.id(), row.record.name(), row.state, row.reason, row.record.createdAt(),
                Optional.ofNullable(row.endedAt), count);
    }

    @Override
    public synchronized Optional<SweepRecord> sweepRecord(String sweepId) {
        return Optional.ofNullable(sweeps.get(sweepId)).map(row -> row.record);
    }

    @Override
    public synchronized Optional<StoredSweep> loadSweep(String sweepId) {
        SweepRow row = sweeps.get(sweepId);
        if (row == null) {
            return Optional.empty();
        }
        List<StoredRun> stored = new ArrayList<>();
        for (RunRow run : runsOf(sweepId)) {
            Map<String, MetricSeries> metrics = new LinkedHashMap<>();
            run.metrics.forEach((name, appender) -> metrics.put(name, appender.snapshot()));
            stored.add(new StoredRun(run.record, run.state, run.reason, Optional.ofNullable(run.startedAt),
                    Optional.ofNullable(run.endedAt), Optional.ofNullable(run.exitCode), metrics));
        }
        return Optional.of(new StoredSweep(summary(row), row.record.configJson(), stored));
    }

    @Override
    public synchronized List<RunSummary> runSummaries(String sweepId, PrimaryMetric metric) {
        List<RunSummary> result = new ArrayList<>();
        for (RunRow run : runsOf(sweepId)) {
            MetricSeries.Appender appender = run.metrics.get(metric.name());
            MetricSeries series = appender == null ? MetricSeries.empty() : appender.snapshot();
            Goal goal = metric.goal();
            int bestInterval = series.bestInterval(goal);
            result.add(new RunSummary(run.record, run.state, run.reason, Optional.ofNullable(run.startedAt),
                    Optional.ofNullable(run.endedAt), series.intervals(), series.last(), series.best(goal),
                    bestInterval == 0 ? 0 : series.timeAt(bestInterval)));
        }
        return result;
    }

    private List<RunRow> runsOf(String sweepId) {
        return runs.values().stream().filter(r -> r.record.sweepId().equals(sweepId))
                .sorted(Comparator.comparingInt(r -> r.record.number())).toList();
    }

    @Override
    public synchronized List<RunStateChange> stateChanges(String runId) {
        return changes.stream().filter(c -> c.runId().equals(runId)).toList();
    }

    @Override
    public void close() {
    }
}
