package io.hyperdesk.store;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.SweepRecord;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.engine.sweep.SweepStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The writer connection with its prepared statements: one method per kind of write. Used by the
 * writer thread only, inside the transaction {@link StoreWriter} opened; nothing here commits.
 * A write about a sweep or run that does not exist fails with a {@link SweepStoreException}
 * saying so.
 */
final class WriteSession implements AutoCloseable {

    private final Connection connection;
    private final Statement control;
    private final PreparedStatement insertSweep;
    private final PreparedStatement updateSweep;
    private final PreparedStatement claimSweep;
    private final PreparedStatement insertRun;
    private final PreparedStatement updateRun;
    private final PreparedStatement insertRunState;
    private final PreparedStatement insertMetric;
    private final PreparedStatement interruptRunStates;
    private final PreparedStatement interruptRuns;
    private final SeriesTable series;

    WriteSession(Connection connection) throws SQLException {
        this.connection = connection;
        control = connection.createStatement();
        insertSweep = connection.prepareStatement("INSERT INTO sweeps (id, name, config_json, state, reason, "
                + "created_at, owner_pid, owner_started_at) VALUES (?, ?, ?, 'RUNNING', '', ?, ?, ?)");
        updateSweep = connection.prepareStatement("UPDATE sweeps SET state = ?, reason = ?, ended_at = ? WHERE id = ?");
        claimSweep = connection.prepareStatement("UPDATE sweeps SET owner_pid = ?, owner_started_at = ? WHERE id = ?");
        insertRun = connection.prepareStatement("INSERT INTO runs (id, sweep_id, number, parameters, resumed_from, "
                + "state, reason, created_at) VALUES (?, ?, ?, ?, ?, 'QUEUED', '', ?)");
        updateRun = connection.prepareStatement("UPDATE runs SET state = ?, reason = ?, "
                + "exit_code = coalesce(?, exit_code), started_at = coalesce(started_at, ?), "
                + "ended_at = coalesce(?, ended_at) WHERE id = ?");
        insertRunState = connection.prepareStatement(
                "INSERT INTO run_states (run_id, state, at, reason, exit_code) VALUES (?, ?, ?, ?, ?)");
        insertMetric = connection.prepareStatement("INSERT INTO metrics (series_id, step, value, at) VALUES (?, ?, ?, ?)");
        // SPEC W4: runs that were going when their sweep's process died become Interrupted
        interruptRunStates = connection.prepareStatement("INSERT INTO run_states (run_id, state, at, reason) "
                + "SELECT id, 'INTERRUPTED', ?, ? FROM runs WHERE sweep_id = ? AND state IN ('QUEUED', 'RUNNING') "
                + "ORDER BY number");
        interruptRuns = connection.prepareStatement("UPDATE runs SET state = 'INTERRUPTED', reason = ?, ended_at = ? "
                + "WHERE sweep_id = ? AND state IN ('QUEUED', 'RUNNING')");
        series = new SeriesTable(connection);
    }

    void begin() throws SQLException {
        control.execute("BEGIN IMMEDIATE");
    }

    void commit() throws SQLException {
        series.flush();
        control.execute("COMMIT");
    }

    /** Undoes the open transaction, if any, and forgets what the cache learned in it. */
    void rollback() {
        series.forget();
        try {
            control.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open (SQLite may already have rolled it back after an I/O error)
        }
    }

    void savepoint() throws SQLException {
        control.execute("SAVEPOINT write");
    }

    /** Keeps what the write did since {@link #savepoint}, aggregates included. */
    void release() throws SQLException {
        series.flush();
        control.execute("RELEASE write");
    }

    /** Undoes what the write did since {@link #savepoint}. */
    void rollbackToSavepoint() throws SQLException {
        series.forget();
        control.execute("ROLLBACK TO write");
        control.execute("RELEASE write");
    }

    void createSweep(SweepRecord sweep, long ownerPid, String ownerStartedAt) throws SQLException {
        insertSweep.setString(1, sweep.id());
        insertSweep.setString(2, sweep.name());
        insertSweep.setString(3, sweep.configJson());
        insertSweep.setString(4, Timestamps.format(sweep.createdAt()));
        insertSweep.setLong(5, ownerPid);
        insertSweep.setString(6, ownerStartedAt);
        try {
            insertSweep.executeUpdate();
        } catch (SQLException e) {
            throw explained(e, "sweep '" + sweep.id() + "' already exists", null);
        }
    }

    void recordSweepState(String sweepId, SweepState state, String reason, Instant at) throws SQLException {
        updateSweep.setString(1, state.name());
        updateSweep.setString(2, reason);
        updateSweep.setString(3, state.isTerminal() ? Timestamps.format(at) : null);
        updateSweep.setString(4, sweepId);
        requireSweep(updateSweep.executeUpdate(), sweepId);
    }

    void claimSweep(String sweepId, long pid, String startedAt) throws SQLException {
        claimSweep.setLong(1, pid);
        claimSweep.setString(2, startedAt);
        claimSweep.setString(3, sweepId);
        requireSweep(claimSweep.executeUpdate(), sweepId);
    }

    void createRun(RunRecord run, String parametersJson) throws SQLException {
        insertRun.setString(1, run.runId());
        insertRun.setString(2, run.sweepId());
        insertRun.setInt(3, run.number());
        insertRun.setString(4, parametersJson);
        insertRun.setString(5, run.resumedFromRunId().orElse(null));
        insertRun.setString(6, Timestamps.format(run.createdAt()));
        try {
            insertRun.executeUpdate();
        } catch (SQLException e) {
            throw explained(e, "run '" + run.runId() + "' or run number " + run.number() + " of sweep '" + run.sweepId()
                    + "' already exists", "there is no sweep '" + run.sweepId() + "'");
        }
        insertState(run.runId(), RunState.QUEUED, run.createdAt(), "", Optional.empty());
    }

    void recordRunState(String runId, RunState state, Instant at, String reason, Optional<Integer> exitCode)
            throws SQLException {
        String time = Timestamps.format(at);
        updateRun.setString(1, state.name());
        updateRun.setString(2, reason);
        updateRun.setObject(3, exitCode.orElse(null), Types.INTEGER);
        updateRun.setString(4, state == RunState.RUNNING ? time : null);
        updateRun.setString(5, state.isTerminal() ? time : null);
        updateRun.setString(6, runId);
        if (updateRun.executeUpdate() == 0) {
            throw new SweepStoreException("there is no run '" + runId + "'");
        }
        insertState(runId, state, at, reason, exitCode);
    }

    void recordMetric(String runId, String metric, int step, double value, long epochMillis) throws SQLException {
        SeriesAggregate aggregate = series.find(runId, metric);
        insertMetric.setLong(1, aggregate.id);
        insertMetric.setInt(2, step);
        SeriesTable.setValue(insertMetric, 3, value);
        insertMetric.setLong(4, epochMillis);
        try {
            insertMetric.executeUpdate();
        } catch (SQLException e) {
            throw explained(e, "run '" + runId + "' already has a value of '" + metric + "' at step " + step, null);
        }
        series.add(aggregate, step, value, epochMillis); // only once the value is in
    }

    void markInterrupted(String sweepId, String reason, Instant at) throws SQLException {
        String time = Timestamps.format(at);
        interruptRunStates.setString(1, time);
        interruptRunStates.setString(2, reason);
        interruptRunStates.setString(3, sweepId);
        interruptRunStates.executeUpdate();
        interruptRuns.setString(1, reason);
        interruptRuns.setString(2, time);
        interruptRuns.setString(3, sweepId);
        interruptRuns.executeUpdate();
        recordSweepState(sweepId, SweepState.INTERRUPTED, reason, at);
    }

    private void insertState(String runId, RunState state, Instant at, String reason, Optional<Integer> exitCode)
            throws SQLException {
        insertRunState.setString(1, runId);
        insertRunState.setString(2, state.name());
        insertRunState.setString(3, Timestamps.format(at));
        insertRunState.setString(4, reason);
        insertRunState.setObject(5, exitCode.orElse(null), Types.INTEGER);
        insertRunState.executeUpdate();
    }

    /** A constraint failure in the words of the write; other failures as they are. */
    private static SQLException explained(SQLException e, String duplicate, String missingParent) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY || code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
                return new SQLException(duplicate, e.getSQLState(), e.getErrorCode(), e);
            }
            if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY && missingParent != null) {
                return new SQLException(missingParent, e.getSQLState(), e.getErrorCode(), e);
            }
        }
        return e;
    }

    private static void requireSweep(int updated, String sweepId) {
        if (updated == 0) {
            throw new SweepStoreException("there is no sweep '" + sweepId + "'");
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            series.close();
            for (Statement s : new Statement[] {control, insertSweep, updateSweep, claimSweep, insertRun, updateRun,
                    insertRunState, insertMetric, interruptRunStates, interruptRuns}) {
                s.close();
            }
        } finally {
            connection.close();
        }
    }
}
