package io.hyperdesk.store;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.SweepRecord;
import io.hyperdesk.engine.sweep.SweepState;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * One queued write: built by {@link SqliteSweepStore} on the caller's thread (arguments already
 * checked and copied, so nothing here can change later), applied by the writer thread through
 * {@link WriteSession}. {@link #describe()} names the write in a failure message; it is only
 * called when the write failed, so building it may cost.
 */
sealed interface WriteCommand {

    void applyTo(WriteSession session) throws SQLException;

    String describe();

    record CreateSweep(SweepRecord sweep, long ownerPid, String ownerStartedAt) implements WriteCommand {
        @Override
        public void applyTo(WriteSession session) throws SQLException {
            session.createSweep(sweep, ownerPid, ownerStartedAt);
        }

        @Override
        public String describe() {
            return "create sweep '" + sweep.id() + "'";
        }
    }

    record SweepStateChange(String sweepId, SweepState state, String reason, Instant at) implements WriteCommand {
        @Override
        public void applyTo(WriteSession session) throws SQLException {
            session.recordSweepState(sweepId, state, reason, at);
        }

        @Override
        public String describe() {
            return "record state " + state.displayName() + " of sweep '" + sweepId + "'";
        }
    }

    record ClaimSweep(String sweepId, long ownerPid, String ownerStartedAt) implements WriteCommand {
        @Override
        public void applyTo(WriteSession session) throws SQLException {
            session.claimSweep(sweepId, ownerPid, ownerStartedAt);
        }

        @Override
        public String describe() {
            return "claim sweep '" + sweepId + "' for process " + ownerPid;
        }
    }

    record MarkInterrupted(String sweepId, String reason, Instant at) implements WriteCommand {
        @Override
        public void applyTo(WriteSession session) throws SQLException {
            session.markInterrupted(sweepId, reason, at);
        }

        @Override
        public String describe() {
            return "mark sweep '" + sweepId + "' interrupted";
        }
    }

    record CreateRun(RunRecord run, String parametersJson) implements WriteCommand {
        @Override
        public void applyTo(WriteSession session) throws SQLException {
            session.createRun(run, parametersJson);
        }

        @Override
        public String describe() {
            return "create run '" + run.runId() + "' of sweep '" + run.sweepId() + "'";
        }
    }

    record RunStateChange(String runId, RunState state, Instant at, String reason, Optional<Integer> exitCode)
            implements WriteCommand {
        @Override
        public void applyTo(WriteSession session) throws SQLException {
            session.recordRunState(runId, state, at, reason, exitCode);
        }

        @Override
        public String describe() {
            return "record state " + state.displayName() + " of run '" + runId + "'";
        }
    }

    record Metric(String runId, String name, int step, double value, long epochMillis) implements WriteCommand {
        @Override
        public void applyTo(WriteSession session) throws SQLException {
            session.recordMetric(runId, name, step, value, epochMillis);
        }

        @Override
        public String describe() {
            return "store value " + value + " of metric '" + name + "' at step " + step + " of run '" + runId + "'";
        }
    }
}
