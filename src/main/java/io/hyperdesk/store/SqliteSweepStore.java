package io.hyperdesk.store;

import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.RunStateChange;
import io.hyperdesk.engine.sweep.RunSummary;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepRecord;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.engine.sweep.SweepStore;
import io.hyperdesk.engine.sweep.SweepStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.sqlite.SQLiteConfig;

/**
 * The {@link SweepStore} of a project: one SQLite file ({@code .hyperdesk/hyperdesk.db}) in WAL
 * mode, written by one writer thread ({@link StoreWriter}) and read on separate connections.
 * See {@code V1__initial_schema.sql} for the tables.
 *
 * <p>Write methods check their arguments on the caller's thread (a null or a step below 1 throws
 * at once), queue the write and return. Besides the port's rules: creating a run also records its
 * {@code Queued} state change, so {@link #stateChanges} starts with it; a run's {@code startedAt}
 * is its first {@code Running}, its {@code endedAt} its terminal state. Metric values are kept
 * exactly, NaN and ±Infinity included; a step stored twice for one run and metric is a failed
 * write. {@link #close()} throws the failures no {@link #sync()} reported yet.
 *
 * <p>Threads and processes: every method may be called from any thread; reads run on up to four
 * pooled connections and never wait for the writer. Several processes may open one file (WAL,
 * a 10 s busy timeout), but only a sweep's owner should write to it: the writer keeps each
 * series' aggregates in memory between transactions.
 *
 * <p>For resuming (SPEC W4) the store records which process owns a sweep: the one that created it
 * or last {@link #claimSweep claimed} it. A sweep that is {@code Running} while
 * {@link #isOwnerAlive} is false was interrupted; {@link #markInterrupted} records that.
 */
public final class SqliteSweepStore implements SweepStore {

    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Path file;
    private final StoreWriter writer;
    private final ReadConnections readConnections;
    private final SweepReader reader;

    private SqliteSweepStore(Path file, WriteSession session) {
        this.file = file;
        this.writer = new StoreWriter(session, file);
        this.readConnections = new ReadConnections(file, () -> connect(file, true));
        this.reader = new SweepReader(readConnections);
    }

    /**
     * Opens the store in {@code dbFile}, creating the file, its folders and the schema when they
     * are missing and upgrading an older schema.
     *
     * @throws SweepStoreException when the file is not a HyperDesk database, was written by a
     *                             newer HyperDesk, or cannot be created or read; the message says
     *                             which and what to do
     */
    public static SqliteSweepStore open(Path dbFile) {
        Path file = dbFile.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new SweepStoreException(file + " is a folder; give the database file, e.g. " + file.resolve("hyperdesk.db"));
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new SweepStoreException("could not create the folder " + file.getParent() + " for the database: " + e, e);
        }
        Connection connection = connect(file, false);
        try {
            MigrationRunner.standard().migrate(connection, file);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL"); // kept in the file; readers never block the writer
            }
            return new SqliteSweepStore(file, new WriteSession(connection));
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof SweepStoreException s) {
                throw s;
            }
            throw new SweepStoreException("could not open " + file + ": " + e.getMessage(), e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public void createSweep(SweepRecord sweep) {
        Objects.requireNonNull(sweep, "sweep");
        writer.submit(new WriteCommand.CreateSweep(sweep, currentPid(), currentProcessStart()));
    }

    @Override
    public void recordSweepState(String sweepId, SweepState state, String reason, Instant at) {
        writer.submit(new WriteCommand.SweepStateChange(Objects.requireNonNull(sweepId, "sweepId"),
                Objects.requireNonNull(state, "state"), Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(at, "at")));
    }

    @Override
    public void createRun(RunRecord run) {
        Objects.requireNonNull(run, "run");
        writer.submit(new WriteCommand.CreateRun(run, ParametersJson.write(run.parameters())));
    }

    @Override
    public void recordRunState(String runId, RunState state, Instant at, String reason, Optional<Integer> exitCode) {
        writer.submit(new WriteCommand.RunStateChange(Objects.requireNonNull(runId, "runId"),
                Objects.requireNonNull(state, "state"), Objects.requireNonNull(at, "at"),
                Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(exitCode, "exitCode")));
    }

    @Override
    public void recordMetric(String runId, String metricName, int step, double value, long epochMillis) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(metricName, "metricName");
        if (step < 1) {
            throw new IllegalArgumentException("step of metric '" + metricName + "' of run '" + runId + "' is " + step
                    + "; steps count from 1 (SPEC M2)");
        }
        writer.submit(new WriteCommand.Metric(runId, metricName, step, value, epochMillis));
    }

    /** Makes this process the sweep's owner, as when it resumes the sweep (SPEC W4). */
    public void claimSweep(String sweepId) {
        writer.submit(new WriteCommand.ClaimSweep(Objects.requireNonNull(sweepId, "sweepId"), currentPid(),
                currentProcessStart()));
    }

    /**
     * Records that a sweep was interrupted (SPEC W4): its {@code Queued} and {@code Running} runs
     * become {@code Interrupted} with {@code reason} (each change recorded), and so does the sweep.
     */
    public void markInterrupted(String sweepId, String reason, Instant at) {
        writer.submit(new WriteCommand.MarkInterrupted(Objects.requireNonNull(sweepId, "sweepId"),
                Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(at, "at")));
    }

    @Override
    public void sync() {
        writer.sync();
    }

    @Override
    public List<io.hyperdesk.engine.sweep.SweepSummary> sweeps() {
        return reader.sweeps();
    }

    @Override
    public Optional<SweepRecord> sweepRecord(String sweepId) {
        return reader.sweepRecord(Objects.requireNonNull(sweepId, "sweepId"));
    }

    @Override
    public Optional<StoredSweep> loadSweep(String sweepId) {
        return reader.loadSweep(Objects.requireNonNull(sweepId, "sweepId"));
    }

    @Override
    public List<RunSummary> runSummaries(String sweepId, PrimaryMetric metric) {
        return reader.runSummaries(Objects.requireNonNull(sweepId, "sweepId"), Objects.requireNonNull(metric, "metric"));
    }

    @Override
    public List<RunStateChange> stateChanges(String runId) {
        return reader.stateChanges(Objects.requireNonNull(runId, "runId"));
    }

    /** The pid of the process that created or last claimed the sweep; empty when the sweep is unknown. */
    public OptionalLong ownerPid(String sweepId) {
        return reader.owner(Objects.requireNonNull(sweepId, "sweepId"))
                .map(owner -> OptionalLong.of(owner.pid())).orElse(OptionalLong.empty());
    }

    /**
     * True when the sweep's owner process still runs. A pid alone can be reused after the owner
     * died, so its start time is compared as well when both are known.
     */
    public boolean isOwnerAlive(String sweepId) {
        Optional<SweepReader.Owner> owner = reader.owner(Objects.requireNonNull(sweepId, "sweepId"));
        if (owner.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(owner.get().pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<String> started = process.get().info().startInstant().map(Timestamps::format);
        return owner.get().startedAt().isEmpty() || started.isEmpty() || started.equals(owner.get().startedAt());
    }

    @Override
    public void close() {
        try {
            writer.close();
        } finally {
            readConnections.close();
        }
    }

    private static long currentPid() {
        return ProcessHandle.current().pid();
    }

    private static String currentProcessStart() {
        return ProcessHandle.current().info().startInstant().map(Timestamps::format).orElse(null);
    }

    /** A connection with the store's settings; {@code reader} ones cannot write. */
    private static Connection connect(Path file, boolean reader) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // WAL: durable at checkpoints, never corrupt
        // otherwise the driver runs a regex and a fresh "SELECT last_insert_rowid()" after every
        // INSERT, which costs more than the insert; SeriesTable asks for the one id it needs
        config.setGetGeneratedKeys(false);
        if (reader) {
            config.setCacheSize(-16_000); // KiB: loadSweep reads a whole sweep's values
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            if (reader) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA query_only = true");
                }
            }
            return connection;
        } catch (SQLException e) {
            throw MigrationRunner.unreadable(file, e);
        }
    }
}
