package io.hyperdesk.gui.runs;

import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepEvent;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.project.ProjectSession;
import io.hyperdesk.project.SweepFactory;
import io.hyperdesk.project.SweepSetupException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Runs area: starts a sweep on the background executor, follows it through the 250 ms drain
 * (progress, elapsed against max_duration_minutes, run rows), cancels it, and shows an earlier
 * sweep's runs from the store. Live event batches are handed on to embedded views.
 *
 * <p>All methods run on the UI thread; {@link #drain()} is called by the view's one timer.
 */
public final class RunsViewModel {

    private final ReadOnlyObjectWrapper<ObservableList<RunRow>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<ShownSweep> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "No sweep running.");
    private final ReadOnlyStringWrapper elapsedText = new ReadOnlyStringWrapper(this, "elapsedText", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final List<Consumer<List<SweepEvent>>> liveListeners = new CopyOnWriteArrayList<>();
    private final List<SweepStartListener> startListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> whenFinished = new ArrayList<>();
    private final AtomicLong latestLoad = new AtomicLong();
    private final UiExecutor ui;
    private final BackgroundExecutor background;
    private final Clock clock;

    private LiveSweep live;
    private ProjectSession liveSession;

    public RunsViewModel(UiExecutor ui, BackgroundExecutor background, Clock clock) {
        this.ui = ui;
        this.background = background;
        this.clock = clock;
    }

    /**
     * Starts {@code config} as a new sweep of the session's project and shows its runs; returns
     * the sweep id. The sweep runs on the background executor until it ends.
     *
     * @throws SweepSetupException when its parents or child runs cannot be found (SPEC §6)
     */
    public String start(ProjectSession session, SweepConfig config) throws SweepSetupException {
        if (running.get()) {
            throw new IllegalStateException("a sweep is already running in this window");
        }
        Sweep sweep = SweepFactory.newSweep(session.project(), config, clock);
        live = new LiveSweep(sweep);
        liveSession = session;
        latestLoad.incrementAndGet();
        rows.set(live.rows());
        shown.set(new ShownSweep(session, sweep.id(), Optional.of(config), true));
        outcome.set("");
        running.set(true);
        progress.set(0);
        progressText.set("Starting " + sweep.id() + "…");
        startListeners.forEach(listener -> listener.sweepStarting(session, sweep));
        live.start(background);
        return sweep.id();
    }

    /** Takes the events queued since the last call and applies them in one batch. UI thread, every 250 ms. */
    public void drain() {
        if (live == null || !running.get()) {
            return;
        }
        boolean threadDone = live.threadFinished();
        List<SweepEvent> batch = live.drain();
        if (!batch.isEmpty()) {
            liveListeners.forEach(listener -> listener.accept(batch));
        }
        int expected = Math.max(1, live.expectedRuns());
        progress.set(Math.min(1.0, live.done() / (double) expected));
        long running = live.rows().stream().filter(r -> r.stateProperty().get() == io.hyperdesk.engine.run.RunState.RUNNING).count();
        progressText.set(live.done() + " of " + expected + " runs done" + (running > 0 ? " · " + running + " running" : "")
                + (live.lastWarning().isEmpty() ? "" : " · last warning: " + live.lastWarning()));
        if (live.startedAtMillis() > 0) {
            elapsedText.set(DurationText.of(clock.millis() - live.startedAtMillis()) + " of "
                    + DurationText.of(live.deadlineMillis() - live.startedAtMillis()) + " max");
        }
        if (threadDone) {
            finish();
        }
    }

    private void finish() {
        // The texts first: whoever listens to "running" reads how the sweep ended.
        outcome.set(live.outcomeText());
        progressText.set(live.done() + " runs done · " + live.outcomeText());
        if (live.isCompleted()) {
            progress.set(1);
        }
        running.set(false);
        List<Runnable> callbacks = new ArrayList<>(whenFinished);
        whenFinished.clear();
        callbacks.forEach(Runnable::run);
    }

    /** Cancels the running sweep: its runs are stopped and recorded as canceled with {@code reason}. */
    public void cancel(String reason) {
        if (running.get()) {
            live.cancel(reason);
            progressText.set("Canceling: stopping the runs…");
        }
    }

    /** Runs {@code action} on the UI thread once the running sweep's thread has ended (at once when none runs). */
    public void whenFinished(Runnable action) {
        if (running.get()) {
            whenFinished.add(action);
        } else {
            action.run();
        }
    }

    /** Cancels one run of the running sweep with {@code reason} (e.g. from a run table's row action). */
    public void cancelRun(String runId, String reason) {
        if (running.get()) {
            live.cancelRun(runId, reason);
        }
    }

    /** Shows the runs of a sweep from the store, or the live rows when it is the sweep running here. */
    public void show(ProjectSession session, String sweepId) {
        long request = latestLoad.incrementAndGet();
        if (live != null && live.id().equals(sweepId) && liveSession == session) {
            rows.set(live.rows());
            shown.set(new ShownSweep(session, sweepId, Optional.of(live.config()), running.get()));
            return;
        }
        background.execute(() -> {
            Optional<StoredSweep> stored = session.loadSweep(sweepId);
            Optional<SweepConfig> config = stored.flatMap(StoredRuns::config);
            List<RunRow> loaded = stored.map(s -> StoredRuns.rows(s, config)).orElse(List.of());
            ui.execute(() -> {
                if (latestLoad.get() == request) {
                    rows.set(FXCollections.observableArrayList(loaded));
                    shown.set(new ShownSweep(session, sweepId, config, false, stored));
                }
            });
        });
    }

    /** Shows nothing (another project was opened). */
    public void clear() {
        latestLoad.incrementAndGet();
        rows.set(FXCollections.observableArrayList());
        shown.set(null);
    }

    /**
     * Adds a listener for each live batch of events, called on the UI thread right after the rows
     * took the batch. For the monitor views (run table, metric plots, parallel coordinates).
     */
    public void addLiveListener(Consumer<List<SweepEvent>> listener) {
        liveListeners.add(listener);
    }

    /**
     * Adds a listener told of each sweep started here before it runs (UI thread), so that embedded
     * views can add their own {@link io.hyperdesk.engine.sweep.SweepListener} to the engine's sweep.
     */
    public void addSweepStartListener(SweepStartListener listener) {
        startListeners.add(listener);
    }

    /** The rows shown: the live sweep's or a stored sweep's. */
    public ReadOnlyObjectProperty<ObservableList<RunRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The sweep shown, or null. */
    public ReadOnlyObjectProperty<ShownSweep> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Runs done / runs expected, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** E.g. {@code 3 of 10 runs done · 2 running}. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** E.g. {@code 0:42 of 60:00 max}. */
    public ReadOnlyStringProperty elapsedTextProperty() {
        return elapsedText.getReadOnlyProperty();
    }

    /** How the last sweep started here ended, e.g. {@code Completed: max_total_runs (4) reached}. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The live sweep's id, when one was started here. */
    public Optional<String> liveSweepId() {
        return live == null ? Optional.empty() : Optional.of(live.id());
    }

    /** Waits (off the UI thread) up to {@code millis} for the running sweep's thread to end. */
    public boolean awaitFinished(long millis) throws InterruptedException {
        return live == null || live.awaitFinished(millis);
    }
}
