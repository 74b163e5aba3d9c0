package io.hyperdesk.store;

import io.hyperdesk.engine.sweep.SweepStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer's view of the {@code series} table: finds or creates the row of a (run, metric)
 * series, keeps its aggregates in memory while values arrive and writes the changed rows back
 * once per transaction ({@link #flush}). Writer thread only.
 *
 * <p>The cache must match the database: after a rollback the writer calls {@link #forget}, and
 * the rows are read again when next needed.
 */
final class SeriesTable {

    /** Past this many cached series the cache starts over, so a long session's memory stays flat. */
    private static final int MAX_CACHED = 50_000;

    private final PreparedStatement select;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement runExists;
    private final PreparedStatement lastId;
    private final Map<String, Map<String, SeriesAggregate>> byRun = new HashMap<>();
    private final List<SeriesAggregate> dirty = new ArrayList<>();
    private int cached;

    SeriesTable(Connection connection) throws SQLException {
        select = connection.prepareStatement("SELECT id, count, last_step, last_value, max_value, max_at, "
                + "min_value, min_at FROM series WHERE run_id = ? AND name = ?");
        insert = connection.prepareStatement("INSERT INTO series (run_id, name, count, last_step) VALUES (?, ?, 0, 0)");
        lastId = connection.prepareStatement("SELECT last_insert_rowid()");
        update = connection.prepareStatement("UPDATE series SET count = ?, last_step = ?, last_value = ?, "
                + "max_value = ?, max_at = ?, min_value = ?, min_at = ? WHERE id = ?");
        runExists = connection.prepareStatement("SELECT 1 FROM runs WHERE id = ?");
    }

    /**
     * The series of {@code metric} in run {@code runId}, created when it is the first value.
     *
     * @throws SweepStoreException when there is no such run
     */
    SeriesAggregate find(String runId, String metric) throws SQLException {
        Map<String, SeriesAggregate> ofRun = byRun.get(runId);
        SeriesAggregate series = ofRun == null ? null : ofRun.get(metric);
        if (series == null) {
            series = load(runId, metric);
            byRun.computeIfAbsent(runId, r -> new HashMap<>()).put(metric, series);
            cached++;
        }
        return series;
    }

    /** Adds a value to {@code series}' aggregates; the row is written at the next {@link #flush}. */
    void add(SeriesAggregate series, int step, double value, long epochMillis) {
        if (!series.dirty) {
            dirty.add(series);
        }
        series.add(step, value, epochMillis);
    }

    /** Writes every changed series row; call before each commit. */
    void flush() throws SQLException {
        for (SeriesAggregate s : dirty) {
            update.setInt(1, s.count);
            update.setInt(2, s.lastStep);
            setValue(update, 3, s.last);
            setValue(update, 4, s.max);
            setTime(update, 5, s.max, s.maxAt);
            setValue(update, 6, s.min);
            setTime(update, 7, s.min, s.minAt);
            update.setLong(8, s.id);
            update.executeUpdate();
            s.dirty = false;
        }
        dirty.clear();
        if (cached > MAX_CACHED) {
            forget();
        }
    }

    /** Drops the cache; after a rollback its aggregates may be ahead of the database. */
    void forget() {
        byRun.clear();
        dirty.clear();
        cached = 0;
    }

    private SeriesAggregate load(String runId, String metric) throws SQLException {
        select.setString(1, runId);
        select.setString(2, metric);
        try (ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                SeriesAggregate s = new SeriesAggregate(rs.getLong(1));
                s.count = rs.getInt(2);
                s.lastStep = rs.getInt(3);
                s.last = value(rs, 4);
                s.max = value(rs, 5);
                s.maxAt = rs.getLong(6);
                s.min = value(rs, 7);
                s.minAt = rs.getLong(8);
                return s;
            }
        }
        runExists.setString(1, runId);
        try (ResultSet rs = runExists.executeQuery()) {
            if (!rs.next()) {
                throw new SweepStoreException("there is no run '" + runId + "'");
            }
        }
        insert.setString(1, runId);
        insert.setString(2, metric);
        insert.executeUpdate();
        try (ResultSet keys = lastId.executeQuery()) {
            keys.next();
            return new SeriesAggregate(keys.getLong(1));
        }
    }

    /** Binds a metric value; SQLite cannot hold NaN, so NaN is NULL (see V1__initial_schema.sql). */
    static void setValue(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, java.sql.Types.NULL);
        } else {
            statement.setDouble(index, value);
        }
    }

    /** Reads a metric value written by {@link #setValue}. */
    static double value(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        // NULL reads as 0.0, so only a zero needs the extra wasNull() call
        return v == 0.0 && rs.wasNull() ? Double.NaN : v;
    }

    private static void setTime(PreparedStatement statement, int index, double value, long at) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, java.sql.Types.INTEGER);
        } else {
            statement.setLong(index, at);
        }
    }

    void close() throws SQLException {
        select.close();
        insert.close();
        update.close();
        runExists.close();
        lastId.close();
    }
}
