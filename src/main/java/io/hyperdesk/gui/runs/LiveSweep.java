package io.hyperdesk.gui.runs;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepEvent;
import io.hyperdesk.engine.sweep.SweepOutcome;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.gui.common.BackgroundExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A sweep this window started: the engine's {@link Sweep} running on a background thread, the
 * queue its events go into (on the sweep's thread), and the rows they become when the UI thread
 * drains the queue (DESIGN: one crossing point, batched).
 */
final class LiveSweep {

    private final Sweep sweep;
    private final SweepConfig config;
    private final Queue<SweepEvent> events = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final Map<String, RunRow> rowsById = new HashMap<>();
    private volatile SweepOutcome outcome;
    private volatile RuntimeException failure;

    private int done;
    private long startedAtMillis;
    private long deadlineMillis;
    private SweepEvent.SweepEnded ended;
    private String lastWarning = "";

    LiveSweep(Sweep sweep) {
        this.sweep = sweep;
        this.config = sweep.config();
        sweep.addListener(events::add);
    }

    /** Runs the sweep to its end on {@code background}. */
    void start(BackgroundExecutor background) {
        background.execute(() -> {
            try {
                outcome = sweep.run();
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                finished.countDown();
            }
        });
    }

    /**
     * Applies every queued event to the rows; returns them in order. UI thread. A run's metric
     * lines of one batch reach its row as one update (latest value, best of them), so a burst of
     * thousands of lines costs a few property changes per run, not per line.
     */
    List<SweepEvent> drain() {
        List<SweepEvent> batch = new ArrayList<>();
        Map<RunRow, PrimaryValues> metrics = new HashMap<>();
        SweepEvent event;
        while ((event = events.poll()) != null) {
            apply(event, metrics);
            batch.add(event);
        }
        Goal goal = config.primaryMetric().goal();
        metrics.forEach((row, values) -> row.primaryValues(values.interval, values.last, values.best, goal));
        return batch;
    }

    /** A run's primary-metric lines within one drain: the latest interval and value, and the best. */
    private static final class PrimaryValues {
        private int interval;
        private double last;
        private double best = Double.NaN;
    }

    private void apply(SweepEvent event, Map<RunRow, PrimaryValues> metrics) {
        Goal goal = config.primaryMetric().goal();
        if (event instanceof SweepEvent.SweepStarted started) {
            startedAtMillis = started.startedAtMillis();
            deadlineMillis = started.deadlineMillis();
        } else if (event instanceof SweepEvent.RunQueued queued) {
            RunRow row = new RunRow(queued.number(), queued.runId(), queued.parameters());
            rowsById.put(queued.runId(), row);
            rows.add(row);
        } else if (event instanceof SweepEvent.RunStateChanged changed) {
            RunRow row = rowsById.get(changed.runId());
            if (row != null) {
                if (changed.state().isTerminal() && !row.stateProperty().get().isTerminal()) {
                    done++;
                }
                row.stateProperty().set(changed.state());
                row.reasonProperty().set(changed.reason());
            }
        } else if (event instanceof SweepEvent.MetricsLogged logged && logged.primaryInterval() > 0) {
            RunRow row = rowsById.get(logged.runId());
            Double value = logged.values().get(config.primaryMetric().name());
            if (row != null && value != null) {
                PrimaryValues values = metrics.computeIfAbsent(row, r -> new PrimaryValues());
                values.interval = logged.primaryInterval();
                values.last = value;
                values.best = goal.better(values.best, value);
            }
        } else if (event instanceof SweepEvent.Warning warning) {
            lastWarning = warning.runId() + ": " + warning.message();
        } else if (event instanceof SweepEvent.SweepEnded end) {
            ended = end;
        }
    }

    /** Asks the sweep to stop; its runs are canceled with {@code reason}. Any thread. */
    void cancel(String reason) {
        sweep.cancel(reason);
    }

    /** Asks the sweep to stop one run. Any thread. */
    void cancelRun(String runId, String reason) {
        sweep.cancelRun(runId, reason);
    }

    /** True once {@link Sweep#run()} returned. */
    boolean threadFinished() {
        return finished.getCount() == 0;
    }

    /** Waits up to {@code millis} for {@link Sweep#run()} to return. */
    boolean awaitFinished(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The runs the sweep will generate at most: max_total_runs, or fewer for a finite space (SPEC S3, S4). */
    int expectedRuns() {
        int total = config.maxTotalRuns();
        return config.space().size().isPresent() ? (int) Math.min(total, config.space().size().getAsLong()) : total;
    }

    /** How the sweep ended, in a person's words; empty while it runs. */
    String outcomeText() {
        if (failure != null) {
            return "Failed: " + failure.getMessage();
        }
        if (ended != null) {
            return ended.state().displayName() + ": " + ended.reason();
        }
        SweepOutcome result = outcome;
        return result == null ? "" : result.state().displayName() + ": " + result.reason();
    }

    boolean isCompleted() {
        return ended != null && ended.state() == SweepState.COMPLETED;
    }

    String id() {
        return sweep.id();
    }

    SweepConfig config() {
        return config;
    }

    ObservableList<RunRow> rows() {
        return rows;
    }

    int done() {
        return done;
    }

    long startedAtMillis() {
        return startedAtMillis;
    }

    long deadlineMillis() {
        return deadlineMillis;
    }

    String lastWarning() {
        return lastWarning;
    }
}
