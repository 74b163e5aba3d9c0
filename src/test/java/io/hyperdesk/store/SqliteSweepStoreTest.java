package io.hyperdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunStateChange;
import io.hyperdesk.engine.sweep.RunSummary;
import io.hyperdesk.engine.sweep.StoredRun;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.engine.sweep.SweepStore;
import io.hyperdesk.engine.sweep.SweepStoreContractTest;
import io.hyperdesk.engine.sweep.SweepStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The contract, plus what only a file-backed store does: persistence, the file format, ownership. */
class SqliteSweepStoreTest extends SweepStoreContractTest {

    @Override
    protected SweepStore newStore(Path folder) {
        return SqliteSweepStore.open(folder.resolve("hyperdesk.db"));
    }

    private SqliteSweepStore sqlite() {
        return (SqliteSweepStore) store;
    }

    @Test
    void everythingWrittenBeforeCloseIsThereAfterReopening() {
        createSweepWithRuns("s1", 2);
        store.recordRunState("s1_0", RunState.RUNNING, T0.plusSeconds(1), "", Optional.empty());
        store.recordMetric("s1_0", "accuracy", 1, 0.5, 10);
        store.recordMetric("s1_0", "accuracy", 2, Double.NaN, 20);
        store.close(); // no sync: close commits what is queued
        store = newStore(folder);
        store.recordMetric("s1_0", "accuracy", 3, 0.7, 30); // aggregates go on from the file's
        store.recordMetric("s1_0", "accuracy", 4, 0.6, 40);
        store.sync();

        StoredRun run = store.loadSweep("s1").orElseThrow().runs().get(0);
        assertEquals(MetricSeries.of(0.5, Double.NaN, 0.7, 0.6), run.metrics().get("accuracy"));
        assertEquals(RunState.RUNNING, run.state());
        RunSummary summary = store.runSummaries("s1", ACCURACY).get(0);
        assertEquals(List.of(4, 0.6, 0.7, 30L), List.of(summary.intervals(), summary.last(), summary.best(), summary.bestAtMillis()));
        assertEquals(2, store.sweeps().get(0).runCount());
    }

    @Test
    void readsDuringWritesSeeWholeCommits() throws Exception {
        createSweepWithRuns("s1", 1);
        store.sync();
        Thread writer = new Thread(() -> {
            for (int step = 1; step <= 3_000; step++) {
                store.recordMetric("s1_0", "accuracy", step, step, step);
                store.recordMetric("s1_0", "loss", step, -step, step);
            }
            store.sync();
        });
        writer.start();
        int seen = 0;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while ((writer.isAlive() || seen < 3_000) && System.nanoTime() < deadline) {
            StoredRun run = store.loadSweep("s1").orElseThrow().runs().get(0);
            MetricSeries accuracy = run.metrics().getOrDefault("accuracy", MetricSeries.empty());
            MetricSeries loss = run.metrics().getOrDefault("loss", MetricSeries.empty());
            assertTrue(loss.intervals() == accuracy.intervals() || loss.intervals() == accuracy.intervals() - 1,
                    "a commit holds a prefix of the writer's calls: " + accuracy.intervals() + " / " + loss.intervals());
            assertTrue(accuracy.intervals() >= seen, "a later read never sees less");
            assertEquals(accuracy.intervals(), accuracy.intervals() == 0 ? 0 : (int) accuracy.last());
            seen = accuracy.intervals();
        }
        writer.join();
        assertEquals(3_000, seen);
    }

    @Test
    void theFileIsInWalModeAndHumanReadable() throws SQLException {
        createSweepWithRuns("s1", 1);
        store.recordMetric("s1_0", "loss", 1, Double.NaN, 10);
        store.recordMetric("s1_0", "loss", 2, -0.0, 20);
        store.sync();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite().file());
             Statement s = c.createStatement()) {
            ResultSet mode = s.executeQuery("PRAGMA journal_mode");
            assertEquals("wal", mode.getString(1));
            ResultSet values = s.executeQuery("SELECT run_id, name, step, value, at FROM metric_values ORDER BY step");
            assertTrue(values.next());
            assertEquals(List.of("s1_0", "loss", 1), List.of(values.getString(1), values.getString(2), values.getInt(3)));
            assertEquals(null, values.getObject(4), "NaN is NULL");
            assertTrue(values.next());
            assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(values.getDouble(4)), "-0.0 keeps its sign");
            ResultSet parameters = s.executeQuery("SELECT parameters, created_at FROM runs");
            assertEquals("{\"learning_rate\":0.01}", parameters.getString(1));
            assertEquals("2024-05-01T10:00:00.123456789Z", parameters.getString(2));
        }
    }

    @Test
    void openCreatesMissingFolders() {
        Path deep = folder.resolve("a/b/c/hyperdesk.db");
        try (SqliteSweepStore other = SqliteSweepStore.open(deep)) {
            assertEquals(List.of(), other.sweeps());
        }
        assertTrue(Files.isRegularFile(deep));
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone() throws Exception {
        Path notes = folder.resolve("notes.db");
        String text = "these are my notes, not a database; ".repeat(20);
        Files.writeString(notes, text);

        SweepStoreException refused = assertThrows(SweepStoreException.class, () -> SqliteSweepStore.open(notes));
        assertTrue(refused.getMessage().contains("is not a HyperDesk database: it is not an SQLite file"), refused.getMessage());
        assertEquals(text, Files.readString(notes));
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedAndLeftAlone() throws Exception {
        Path other = folder.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE schema_version (version INTEGER)");
            s.executeUpdate("INSERT INTO schema_version VALUES (1)");
        }
        byte[] before = Files.readAllBytes(other);

        SweepStoreException refused = assertThrows(SweepStoreException.class, () -> SqliteSweepStore.open(other));
        assertTrue(refused.getMessage().contains("is not a HyperDesk database: it is an SQLite database of another program "
                + "(tables: schema_version)"), refused.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(other)), "not switched to WAL or changed otherwise");
    }

    @Test
    void aFileFromANewerSchemaIsRefused() throws SQLException {
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("hyperdesk.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version VALUES (2, 'from the future', 'x'), (3, 'further', 'y')");
        }
        SweepStoreException refused = assertThrows(SweepStoreException.class, () -> newStore(folder));
        assertTrue(refused.getMessage().endsWith("hyperdesk.db was written by a newer HyperDesk (schema 3; this one knows "
                + "up to 1). Open it with that HyperDesk or a newer one."), refused.getMessage());
    }

    @Test
    void theCreatingProcessOwnsASweepUntilAnotherClaimsIt() throws SQLException {
        createSweepWithRuns("s1", 1);
        store.sync();
        long me = ProcessHandle.current().pid();
        assertEquals(OptionalLong.of(me), sqlite().ownerPid("s1"));
        assertTrue(sqlite().isOwnerAlive("s1"));
        assertEquals(OptionalLong.empty(), sqlite().ownerPid("nope"));
        assertFalse(sqlite().isOwnerAlive("nope"));

        setOwner("s1", me, "1999-01-01T00:00:00.000000000Z"); // same pid, another process's start: reused
        assertFalse(sqlite().isOwnerAlive("s1"));
        sqlite().claimSweep("s1");
        store.sync();
        assertTrue(sqlite().isOwnerAlive("s1"));
    }

    @Test
    void markInterruptedEndsTheRunsThatWereGoingAndTheSweep() {
        createSweepWithRuns("s1", 3);
        store.recordRunState("s1_0", RunState.COMPLETED, T0.plusSeconds(5), "", Optional.of(0));
        store.recordRunState("s1_1", RunState.RUNNING, T0.plusSeconds(6), "", Optional.empty());
        sqlite().markInterrupted("s1", "HyperDesk stopped while the sweep ran", T0.plusSeconds(60));
        store.sync();

        List<StoredRun> runs = store.loadSweep("s1").orElseThrow().runs();
        assertEquals(List.of(RunState.COMPLETED, RunState.INTERRUPTED, RunState.INTERRUPTED),
                runs.stream().map(StoredRun::state).toList());
        assertEquals("HyperDesk stopped while the sweep ran", runs.get(1).reason());
        assertEquals(Optional.of(T0.plusSeconds(60)), runs.get(2).endedAt());
        List<RunStateChange> changes = store.stateChanges("s1_1");
        assertEquals(RunState.INTERRUPTED, changes.get(changes.size() - 1).state());
        assertEquals(SweepState.INTERRUPTED, store.sweeps().get(0).state());

        sqlite().markInterrupted("nope", "x", T0);
        assertThrows(SweepStoreException.class, store::sync);
    }

    @Test
    void closeThrowsTheFailuresNoSyncReported() {
        store.recordMetric("no-such-run", "accuracy", 1, 0.5, 10);
        SweepStoreException failure = assertThrows(SweepStoreException.class, store::close);
        assertTrue(failure.getMessage().contains("no-such-run"), failure.getMessage());
        store.close(); // already closed: nothing more to say
    }

    private void setOwner(String sweepId, long pid, String startedAt) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite().file());
             java.sql.PreparedStatement s = c.prepareStatement("UPDATE sweeps SET owner_pid = ?, owner_started_at = ? WHERE id = ?")) {
            s.setLong(1, pid);
            s.setString(2, startedAt);
            s.setString(3, sweepId);
            s.executeUpdate();
        }
    }
}
