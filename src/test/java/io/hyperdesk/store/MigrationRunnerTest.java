package io.hyperdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.sweep.SweepStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbered migrations: applied in order, once, each whole or not at all; the V1 fixture upgrades. */
class MigrationRunnerTest {

    private static final Migration V1 = SqlMigration.fromResource("V1__initial_schema.sql");
    private static final Migration V2_NOTES = new SqlMigration(2, "run notes", "test",
            List.of("ALTER TABLE runs ADD COLUMN notes TEXT NOT NULL DEFAULT ''"));

    @TempDir
    Path folder;

    @Test
    void aNewFileGetsEveryMigrationOnceAndOurApplicationId() throws SQLException {
        Path file = folder.resolve("new.db");
        try (Connection c = connect(file)) {
            assertEquals(1, MigrationRunner.standard().migrate(c, file));
            assertEquals(1, MigrationRunner.standard().migrate(c, file));
            assertEquals(List.of("1 initial schema"), versions(c));
            assertEquals(MigrationRunner.APPLICATION_ID, query(c, "PRAGMA application_id").get(0).intValue());
        }
    }

    @Test
    void aV2AddedLaterUpgradesTheV1FixtureAndKeepsItsData() throws Exception {
        Path file = V1FixtureTest.copyOfFixture(folder);
        try (Connection c = connect(file)) {
            assertEquals(2, new MigrationRunner(List.of(V1, V2_NOTES)).migrate(c, file));
            assertEquals(List.of("1 initial schema", "2 run notes"), versions(c));
            assertEquals(List.of(3L), query(c, "SELECT count(*) FROM runs WHERE notes = ''"));
            assertEquals(List.of(14L), query(c, "SELECT count(*) FROM metrics"));
        }
        SweepStoreException refused = assertThrows(SweepStoreException.class, () -> SqliteSweepStore.open(file));
        assertTrue(refused.getMessage().contains("newer HyperDesk (schema 2; this one knows up to 1)"), refused.getMessage());
    }

    @Test
    void aFailingMigrationLeavesTheFileAtItsLastCompleteVersion() throws Exception {
        Path file = V1FixtureTest.copyOfFixture(folder);
        Migration broken = new SqlMigration(2, "broken step", "test",
                List.of("CREATE TABLE half_done (x INTEGER)", "ALTER TABLE no_such_table ADD COLUMN y TEXT"));
        try (Connection c = connect(file)) {
            SweepStoreException failure = assertThrows(SweepStoreException.class,
                    () -> new MigrationRunner(List.of(V1, broken)).migrate(c, file));
            assertTrue(failure.getMessage().contains("to schema 2 (broken step)"), failure.getMessage());
            assertEquals(List.of("1 initial schema"), versions(c));
            assertEquals(List.of(0L), query(c, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
        }
    }

    @Test
    void migrationsMustBeNumberedWithoutGaps() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MigrationRunner(List.of(V2_NOTES)));
        assertEquals("migration 1 expected, found 2 (run notes)", refused.getMessage());
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        assertEquals(List.of("CREATE TABLE a (\n    x INTEGER\n);", "CREATE INDEX i ON a (x);"),
                SqlMigration.split("-- a table\nCREATE TABLE a (\n    x INTEGER -- why\n);\n\nCREATE INDEX i ON a (x);\n"));
        assertThrows(IllegalArgumentException.class, () -> SqlMigration.split("CREATE TABLE a (x)"));
        assertFalse(SqlMigration.fromResource("V1__initial_schema.sql").statements().isEmpty());
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static List<String> versions(Connection c) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        return versions;
    }

    private static List<Long> query(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }
}
