package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a project's sweeps, runs, metric values and state changes are kept.
 *
 * <p>Writes are queued to one writer thread in call order and return at once, so the thread that
 * calls them never waits on disk; {@link #sync()} waits until everything queued before it is
 * committed. The sweep calls {@code sync()} after a batch of metric values and before it lets the
 * policy see them (DESIGN: every metric value is committed before the policy sees it). Write
 * methods may be called from any thread; the sweep calls them from its scheduling thread.
 *
 * <p>Reads see what is committed. A write that fails is reported by the next {@code sync()} as a
 * {@link SweepStoreException}; later writes still go on.
 */
public interface SweepStore extends AutoCloseable {

    /** Stores a new sweep in state {@code Running}. */
    void createSweep(SweepRecord sweep);

    /** Records that the sweep ended (or was found interrupted) with a reason a person can read. */
    void recordSweepState(String sweepId, SweepState state, String reason, Instant at);

    /** Stores a newly generated run in state {@code Queued}. */
    void createRun(RunRecord run);

    /**
     * Records a state change of a run; every change is kept with its time and reason.
     *
     * @param exitCode the process's exit code for {@code Completed}/{@code Failed}/{@code Canceled}
     *                 when one is known
     */
    void recordRunState(String runId, RunState state, Instant at, String reason, Optional<Integer> exitCode);

    /**
     * Stores one logged value of a metric.
     *
     * @param step the value's index among this run's values of this metric, from 1 (for the
     *             primary metric: its interval, SPEC M2)
     */
    void recordMetric(String runId, String metricName, int step, double value, long epochMillis);

    /** Blocks until every write queued before this call is committed. */
    void sync();

    /** The project's sweeps, newest first. */
    List<SweepSummary> sweeps();

    /** A sweep as first stored (its sweep.json included), without its runs: cheap; empty when unknown. */
    Optional<SweepRecord> sweepRecord(String sweepId);

    /** One sweep with all its runs and all their metric values; empty when unknown. */
    Optional<StoredSweep> loadSweep(String sweepId);

    /**
     * The sweep's runs in generation order with aggregates of {@code metric}: fast enough for a
     * table of 1,000 runs with 1,000 values each (well under a second).
     */
    List<RunSummary> runSummaries(String sweepId, PrimaryMetric metric);

    /** Every state change of a run, oldest first. */
    List<RunStateChange> stateChanges(String runId);

    /** Drains the writer queue, commits and closes. */
    @Override
    void close();
}
