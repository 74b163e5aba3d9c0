package io.hyperdesk.store;

import io.hyperdesk.engine.sweep.SweepStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether a file is a HyperDesk database and brings it to the newest schema this build
 * knows. Called once by {@link SqliteSweepStore#open} on the writer connection (auto-commit on),
 * before any other statement; it may assume nothing about the file.
 *
 * <p>A HyperDesk file carries {@link #APPLICATION_ID} in its SQLite header and a
 * {@code schema_version} table (one row per applied migration). A file with tables but without
 * our application id is another program's and is refused rather than changed; an empty file is
 * new. Each migration runs in its own {@code BEGIN IMMEDIATE} transaction and re-reads the
 * version inside it, so two processes opening the same new file do not both apply a step.
 */
final class MigrationRunner {

    /** "HYDS" in the file header's application_id field: marks the file as HyperDesk's. */
    static final int APPLICATION_ID = 0x48594453;

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private final List<Migration> migrations;

    /** @param migrations versions 1, 2, 3 … in order, none missing */
    MigrationRunner(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + (i + 1) + " expected, found "
                        + migrations.get(i).version() + " (" + migrations.get(i).description() + ")");
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    /** The migrations of this build. A V2 is added here and as {@code V2__<what>.sql}. */
    static MigrationRunner standard() {
        return new MigrationRunner(List.of(SqlMigration.fromResource("V1__initial_schema.sql")));
    }

    int latestVersion() {
        return migrations.size();
    }

    /**
     * Applies the migrations {@code file} lacks.
     *
     * @return the schema version the file has now
     * @throws SweepStoreException when the file is not a HyperDesk database, comes from a newer
     *                             HyperDesk, or a migration fails (the file keeps its last
     *                             complete version)
     */
    int migrate(Connection connection, Path file) {
        int version = currentVersion(connection, file);
        for (Migration migration : migrations) {
            if (migration.version() > version) {
                version = apply(connection, file, migration);
            }
        }
        return version;
    }

    /**
     * The file's schema version, 0 for a new (empty) file.
     *
     * @throws SweepStoreException when the file is not a HyperDesk database or is from a newer one
     */
    int currentVersion(Connection connection, Path file) {
        try {
            int applicationId = applicationId(connection);
            List<String> tables = tables(connection);
            if (applicationId == 0 && tables.isEmpty()) {
                return 0;
            }
            if (applicationId != APPLICATION_ID) {
                throw new SweepStoreException(file + " is not a HyperDesk database: it is an SQLite database of "
                        + "another program (tables: " + String.join(", ", tables) + "). Choose a new file or the "
                        + "project's .hyperdesk/hyperdesk.db.");
            }
            int version = tables.contains("schema_version") ? versionIn(connection) : 0;
            if (version > latestVersion()) {
                throw new SweepStoreException(file + " was written by a newer HyperDesk (schema " + version
                        + "; this one knows up to " + latestVersion() + "). Open it with that HyperDesk or a newer one.");
            }
            return version;
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    private int apply(Connection connection, Path file, Migration migration) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                int now = tables(connection).contains("schema_version") ? versionIn(connection) : 0;
                if (now >= migration.version()) {
                    statement.execute("COMMIT"); // another process got there first
                    return now;
                }
                if (now == 0) {
                    statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                    statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                            + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
                }
                migration.apply(connection);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    insert.setInt(1, migration.version());
                    insert.setString(2, migration.description());
                    insert.setString(3, Timestamps.format(Instant.now()));
                    insert.executeUpdate();
                }
                statement.execute("COMMIT");
                return migration.version();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(statement);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof SQLException sql && isUnreadable(sql)) {
                throw unreadable(file, sql);
            }
            throw new SweepStoreException("could not upgrade " + file + " to schema " + migration.version()
                    + " (" + migration.description() + "): " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Statement statement) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the transaction is already gone; the failure being reported says why
        }
    }

    private static int applicationId(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA application_id")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static int versionIn(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean isUnreadable(SQLException e) {
        return e.getErrorCode() == SQLITE_NOTADB || e.getErrorCode() == SQLITE_CORRUPT;
    }

    /** The message for a file SQLite cannot read; also used by the store when it opens a file. */
    static SweepStoreException unreadable(Path file, SQLException e) {
        if (e.getErrorCode() == SQLITE_NOTADB) {
            return new SweepStoreException(file + " is not a HyperDesk database: it is not an SQLite file at all. "
                    + "Choose a new file or the project's .hyperdesk/hyperdesk.db.", e);
        }
        if (e.getErrorCode() == SQLITE_CORRUPT) {
            return new SweepStoreException(file + " is damaged (SQLite reports it corrupt); restore it from a copy "
                    + "or move it away to start a new one.", e);
        }
        return new SweepStoreException("could not read " + file + ": " + e.getMessage(), e);
    }
}
