package io.hyperdesk.store;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.RunStateChange;
import io.hyperdesk.engine.sweep.RunSummary;
import io.hyperdesk.engine.sweep.StoredRun;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepRecord;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.engine.sweep.SweepSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's queries. Each method runs on a read connection inside one read transaction
 * ({@link ReadConnections}), so it sees one commit; it may be called from any thread.
 */
final class SweepReader {

    private static final String SWEEP_COLUMNS = "s.id, s.name, s.state, s.reason, s.created_at, s.ended_at, "
            + "(SELECT count(*) FROM runs r WHERE r.sweep_id = s.id)";
    private static final String RUN_COLUMNS = "r.id, r.sweep_id, r.number, r.parameters, r.resumed_from, "
            + "r.created_at, r.state, r.reason, r.started_at, r.ended_at, r.exit_code";
    private static final int RUN_COLUMN_COUNT = 11;

    private final ReadConnections connections;

    SweepReader(ReadConnections connections) {
        this.connections = connections;
    }

    List<SweepSummary> sweeps() {
        return connections.read(c -> {
            List<SweepSummary> sweeps = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + SWEEP_COLUMNS
                    + " FROM sweeps s ORDER BY s.created_at DESC, s.rowid DESC");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sweeps.add(sweepSummary(rs));
                }
            }
            return sweeps;
        });
    }

    Optional<SweepRecord> sweepRecord(String sweepId) {
        return connections.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, name, config_json, created_at FROM sweeps WHERE id = ?")) {
                q.setString(1, sweepId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new SweepRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            Timestamps.parse(rs.getString(4))));
                }
            }
        });
    }

    Optional<StoredSweep> loadSweep(String sweepId) {
        return connections.read(c -> {
            SweepSummary summary;
            String configJson;
            try (PreparedStatement q = c.prepareStatement("SELECT " + SWEEP_COLUMNS + ", s.config_json FROM sweeps s WHERE s.id = ?")) {
                q.setString(1, sweepId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    summary = sweepSummary(rs);
                    configJson = rs.getString(8);
                }
            }
            Map<String, Map<String, MetricSeries>> metrics = metricsOfSweep(c, sweepId);
            List<StoredRun> runs = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + RUN_COLUMNS
                    + " FROM runs r WHERE r.sweep_id = ? ORDER BY r.number")) {
                q.setString(1, sweepId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        RunRecord record = runRecord(rs);
                        runs.add(new StoredRun(record, RunState.valueOf(rs.getString(7)), rs.getString(8),
                                Timestamps.parseNullable(rs.getString(9)), Timestamps.parseNullable(rs.getString(10)),
                                exitCode(rs),
                                metrics.getOrDefault(record.runId(), Map.of())));
                    }
                }
            }
            return Optional.of(new StoredSweep(summary, configJson, runs));
        });
    }

    /** Run id to metric name to series, names in the order they first appeared. */
    private static Map<String, Map<String, MetricSeries>> metricsOfSweep(Connection c, String sweepId) throws SQLException {
        Map<String, Map<String, MetricSeries>> byRun = new HashMap<>();
        try (PreparedStatement seriesQuery = c.prepareStatement("SELECT s.id, s.run_id, s.name FROM series s "
                + "JOIN runs r ON r.id = s.run_id WHERE r.sweep_id = ? ORDER BY s.id");
             PreparedStatement valuesQuery = c.prepareStatement(
                     "SELECT value, at FROM metrics WHERE series_id = ? ORDER BY step")) {
            seriesQuery.setString(1, sweepId);
            try (ResultSet series = seriesQuery.executeQuery()) {
                while (series.next()) {
                    valuesQuery.setLong(1, series.getLong(1));
                    MetricSeries.Appender appender = new MetricSeries.Appender();
                    try (ResultSet values = valuesQuery.executeQuery()) {
                        while (values.next()) {
                            appender.append(SeriesTable.value(values, 1), values.getLong(2));
                        }
                    }
                    byRun.computeIfAbsent(series.getString(2), r -> new LinkedHashMap<>())
                            .put(series.getString(3), appender.snapshot());
                }
            }
        }
        return byRun;
    }

    List<RunSummary> runSummaries(String sweepId, PrimaryMetric metric) {
        boolean max = metric.goal() == Goal.MAXIMIZE;
        String best = max ? "s.max_value, s.max_at" : "s.min_value, s.min_at";
        return connections.read(c -> {
            List<RunSummary> summaries = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + RUN_COLUMNS + ", s.count, s.last_value, " + best
                    + " FROM runs r LEFT JOIN series s ON s.run_id = r.id AND s.name = ?"
                    + " WHERE r.sweep_id = ? ORDER BY r.number")) {
                q.setString(1, metric.name());
                q.setString(2, sweepId);
                try (ResultSet rs = q.executeQuery()) {
                    int n = RUN_COLUMN_COUNT;
                    while (rs.next()) {
                        int count = rs.getInt(n + 1);
                        summaries.add(new RunSummary(runRecord(rs), RunState.valueOf(rs.getString(7)), rs.getString(8),
                                Timestamps.parseNullable(rs.getString(9)), Timestamps.parseNullable(rs.getString(10)),
                                count,
                                count == 0 ? Double.NaN : SeriesTable.value(rs, n + 2),
                                count == 0 ? Double.NaN : SeriesTable.value(rs, n + 3),
                                rs.getLong(n + 4)));
                    }
                }
            }
            return summaries;
        });
    }

    List<RunStateChange> stateChanges(String runId) {
        return connections.read(c -> {
            List<RunStateChange> changes = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT state, at, reason FROM run_states WHERE run_id = ? ORDER BY id")) {
                q.setString(1, runId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        changes.add(new RunStateChange(runId, RunState.valueOf(rs.getString(1)),
                                Timestamps.parse(rs.getString(2)), rs.getString(3)));
                    }
                }
            }
            return changes;
        });
    }

    /** The owner columns of a sweep: pid (0 when none) and its process's start text; empty when unknown. */
    Optional<Owner> owner(String sweepId) {
        return connections.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT owner_pid, owner_started_at FROM sweeps WHERE id = ?")) {
                q.setString(1, sweepId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next() || rs.getObject(1) == null) {
                        return Optional.empty();
                    }
                    return Optional.of(new Owner(rs.getLong(1), Optional.ofNullable(rs.getString(2))));
                }
            }
        });
    }

    /** The process recorded as a sweep's owner (SPEC W4). */
    record Owner(long pid, Optional<String> startedAt) {
    }

    private static SweepSummary sweepSummary(ResultSet rs) throws SQLException {
        return new SweepSummary(rs.getString(1), rs.getString(2), SweepState.valueOf(rs.getString(3)), rs.getString(4),
                Timestamps.parse(rs.getString(5)), Timestamps.parseNullable(rs.getString(6)), rs.getInt(7));
    }

    private static Optional<Integer> exitCode(ResultSet rs) throws SQLException {
        int code = rs.getInt(11);
        return rs.wasNull() ? Optional.empty() : Optional.of(code);
    }

    private static RunRecord runRecord(ResultSet rs) throws SQLException {
        String runId = rs.getString(1);
        return new RunRecord(rs.getString(2), runId, rs.getInt(3), ParametersJson.read(rs.getString(4), "run " + runId),
                Optional.ofNullable(rs.getString(5)), Timestamps.parse(rs.getString(6)));
    }
}
