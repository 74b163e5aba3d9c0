package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.policy.Decision;
import io.hyperdesk.engine.policy.EarlyTerminationPolicy;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.space.Configuration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The scheduling loop of one sweep (DESIGN "Data flow of a sweep").
 *
 * <p>{@link #run()} runs the loop on the calling thread — the sweep's scheduling thread — until the
 * sweep ends: it keeps {@code min(max_concurrent_runs, remaining)} runs going, asks the sampler
 * for each new configuration, stores every state change and metric value, lets the policy judge
 * each committed primary value, and stops at the first limit (SPEC L1–L3). Launcher threads and
 * user actions only queue messages for that thread, so everything the sweep decides it decides on
 * one thread, in the order values were recorded.
 */
public final class Sweep {

    private final SweepConfig config;
    private final SweepSetup setup;
    private final Sampler sampler;
    private final EarlyTerminationPolicy policy;
    private final RunLauncher launcher;
    private final SweepStore store;
    private final Clock clock;
    private final SweepInbox inbox = new SweepInbox();
    private final List<SweepListener> listeners = new CopyOnWriteArrayList<>();
    private final List<RunTracker> runs = new ArrayList<>();
    private final Map<String, RunTracker> runsById = new LinkedHashMap<>();
    private final List<SweepSetup.Relaunch> pendingRelaunches;
    private final String primaryName;
    private final int budget;

    private int running;
    private int launchedThisSession;
    private int consecutiveLaunchFailures;
    private boolean exhausted;
    private String stopReason;
    private SweepState endState = SweepState.COMPLETED;
    private long deadlineMillis;

    public Sweep(SweepConfig config, SweepSetup setup, Sampler sampler, EarlyTerminationPolicy policy,
                 RunLauncher launcher, SweepStore store, Clock clock) {
        this.config = config;
        this.setup = setup;
        this.sampler = sampler;
        this.policy = policy;
        this.launcher = launcher;
        this.store = store;
        this.clock = clock;
        this.primaryName = config.primaryMetric().name();
        this.pendingRelaunches = new ArrayList<>(setup.relaunches());
        for (StoredRun prior : setup.priorRuns()) {
            RunState state = prior.state().isTerminal() ? prior.state() : RunState.INTERRUPTED;
            track(RunTracker.restored(prior, primaryName, state));
        }
        // SPEC W4: interrupted runs are run again and do not use up the budget.
        long interrupted = runs.stream().filter(r -> r.state == RunState.INTERRUPTED).count();
        this.budget = config.maxTotalRuns() + (int) interrupted;
    }

    /** Adds a listener; call before {@link #run()}. */
    public void addListener(SweepListener listener) {
        listeners.add(listener);
    }

    public String id() {
        return setup.sweepId();
    }

    public SweepConfig config() {
        return config;
    }

    /** Asks the sweep to stop: running runs are canceled with {@code reason}. Thread-safe, returns at once. */
    public void cancel(String reason) {
        inbox.put(new SweepInbox.CancelSweep(reason));
    }

    /** Asks one running run to stop with {@code reason}. Thread-safe, returns at once. */
    public void cancelRun(String runId, String reason) {
        inbox.put(new SweepInbox.CancelRun(runId, reason));
    }

    /** Runs the sweep to its end on the calling thread. */
    public SweepOutcome run() {
        long startMillis = clock.millis();
        long durationMillis = (long) Math.min(Long.MAX_VALUE / 4, config.maxDurationMinutes() * 60_000.0);
        deadlineMillis = startMillis + Math.max(0, durationMillis - setup.elapsedBeforeMillis());
        if (!setup.resumed()) {
            store.createSweep(new SweepRecord(id(), config.name(), setup.configJson(), Instant.ofEpochMilli(startMillis)));
        } else {
            store.recordSweepState(id(), SweepState.RUNNING, "resumed", Instant.ofEpochMilli(startMillis));
        }
        emit(new SweepEvent.SweepStarted(id(), config, runs.size(), startMillis, deadlineMillis));
        try {
            loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(SweepState.CANCELED, "the sweep's thread was interrupted");
            cancelRunningAndWait();
        } catch (SweepStoreException e) {
            stop(SweepState.FAILED, "the store failed: " + e.getMessage());
            cancelRunningAndWait();
        }
        return finish();
    }

    private void loop() throws InterruptedException {
        while (true) {
            fillSlots();
            if (running == 0 && !mayLaunchMore()) {
                return;
            }
            long now = clock.millis();
            if (now >= deadlineMillis && stopReason == null) {
                stop(SweepState.COMPLETED, "max_duration_minutes (" + config.maxDurationText()
                        + ") reached");
                cancelAllRunning("max_duration_minutes (" + config.maxDurationText()
                        + ") reached; the run was still going");
            }
            long wait = stopReason == null ? Math.min(1000, deadlineMillis - now) : 1000;
            handle(inbox.takeBatch(wait));
        }
    }

    private boolean mayLaunchMore() {
        return stopReason == null && !exhausted && runs.size() < budget;
    }

    private void fillSlots() {
        while (running < config.maxConcurrentRuns() && mayLaunchMore()) {
            Optional<SweepSetup.Relaunch> next = nextConfiguration();
            if (next.isEmpty()) {
                exhausted = true;
                return;
            }
            launch(next.get());
        }
    }

    private Optional<SweepSetup.Relaunch> nextConfiguration() {
        if (!pendingRelaunches.isEmpty()) {
            return Optional.of(pendingRelaunches.remove(0));
        }
        Optional<Configuration> sampled = sampler.next(history());
        return sampled.map(c -> new SweepSetup.Relaunch(c, Optional.empty()));
    }

    private void launch(SweepSetup.Relaunch next) {
        int number = runs.size();
        String runId = id() + "_" + number;
        RunTracker tracker = new RunTracker(id(), runId, number, next.parameters(), next.resumeFromRunId());
        track(tracker);
        Instant now = clock.instant();
        store.createRun(new RunRecord(id(), runId, number, next.parameters(), next.resumeFromRunId(), now));
        emit(new SweepEvent.RunQueued(id(), runId, number, next.parameters()));
        RunRequest request = new RunRequest(id(), runId, RunCommand.arguments(config.command(), next.parameters()),
                next.parameters(), next.resumeFromRunId());
        try {
            tracker.handle = launcher.launch(request, inbox.observerFor(tracker));
        } catch (RunLaunchException | RuntimeException e) {
            String reason = "could not start: " + e.getMessage();
            tracker.startedAt = now;
            end(tracker, RunState.FAILED, reason, now, Optional.empty());
            emit(new SweepEvent.Warning(id(), runId, reason));
            if (++consecutiveLaunchFailures >= 3 && launchedThisSession == 0) {
                stop(SweepState.FAILED, "the first " + consecutiveLaunchFailures + " runs could not start: "
                        + e.getMessage());
            }
            return;
        }
        consecutiveLaunchFailures = 0;
        launchedThisSession++;
        running++;
        tracker.startedAt = now;
        tracker.changeState(RunState.RUNNING);
        store.recordRunState(runId, RunState.RUNNING, now, "", Optional.empty());
        emit(new SweepEvent.RunStateChanged(id(), runId, RunState.RUNNING, "", now.toEpochMilli()));
    }

    private void handle(List<SweepInbox.Message> batch) {
        if (batch.isEmpty()) {
            return;
        }
        SweepInbox.sortByTimeThenRun(batch);
        // First everything is written and committed, then the policy sees it (DESIGN).
        for (SweepInbox.Message message : batch) {
            if (message instanceof SweepInbox.Metrics metrics) {
                for (Map.Entry<String, Double> entry : metrics.values().entrySet()) {
                    int step = metrics.run().nextStoredStep(entry.getKey());
                    store.recordMetric(metrics.run().runId, entry.getKey(), step, entry.getValue(), metrics.atMillis());
                }
            }
        }
        store.sync();
        for (SweepInbox.Message message : batch) {
            if (message instanceof SweepInbox.Metrics metrics) {
                onMetrics(metrics);
            } else if (message instanceof SweepInbox.Exit exit) {
                onExit(exit);
            } else if (message instanceof SweepInbox.Warning warning) {
                emit(new SweepEvent.Warning(id(), warning.run().runId, warning.message()));
            } else if (message instanceof SweepInbox.CancelSweep cancel) {
                if (stopReason == null) {
                    stop(SweepState.CANCELED, cancel.reason());
                }
                cancelAllRunning(cancel.reason());
            } else if (message instanceof SweepInbox.CancelRun cancelRun) {
                RunTracker tracker = runsById.get(cancelRun.runId());
                if (tracker != null && tracker.isRunning()) {
                    requestCancel(tracker, cancelRun.reason());
                }
            }
        }
        store.sync();
    }

    private void onMetrics(SweepInbox.Metrics metrics) {
        RunTracker run = metrics.run();
        Double primary = metrics.values().get(primaryName);
        int interval = 0;
        if (primary != null && run.isRunning() && !run.isCancelRequested()) {
            interval = run.appendPrimary(primary, metrics.atMillis());
        }
        emit(new SweepEvent.MetricsLogged(id(), run.runId, metrics.values(), interval, metrics.atMillis()));
        if (interval > 0) {
            Decision decision = policy.evaluate(history(), run.snapshot());
            if (decision.cancel()) {
                requestCancel(run, decision.reason());
            }
        }
    }

    private void onExit(SweepInbox.Exit exit) {
        RunTracker run = exit.run();
        if (run.state.isTerminal()) {
            return;
        }
        running--;
        Instant at = Instant.ofEpochMilli(exit.atMillis());
        if (run.isCancelRequested()) {
            end(run, RunState.CANCELED, run.cancelReason, at, Optional.of(exit.exitCode()));
            return;
        }
        RunState state = exit.exitCode() == 0 ? RunState.COMPLETED : RunState.FAILED;
        List<String> notes = new ArrayList<>();
        if (state == RunState.FAILED) {
            notes.add("exit code " + exit.exitCode());
        }
        if (run.primaryIntervals() == 0) {
            notes.add(MissingPrimaryMetric.describe(primaryName, run.storedSteps.keySet()));
        }
        end(run, state, String.join("; ", notes), at, Optional.of(exit.exitCode()));
    }

    private void requestCancel(RunTracker run, String reason) {
        if (run.requestCancel(reason) && run.handle != null) {
            run.handle.cancel();
        }
    }

    private void cancelAllRunning(String reason) {
        for (RunTracker run : runs) {
            if (run.isRunning()) {
                requestCancel(run, reason);
            }
        }
    }

    private void cancelRunningAndWait() {
        cancelAllRunning(stopReason);
        long until = clock.millis() + 60_000;
        while (running > 0 && clock.millis() < until) {
            try {
                for (SweepInbox.Message message : inbox.takeBatch(500)) {
                    if (message instanceof SweepInbox.Exit exit) {
                        onExit(exit);
                    }
                }
            } catch (InterruptedException | SweepStoreException e) {
                return;
            }
        }
    }

    private void end(RunTracker run, RunState state, String reason, Instant at, Optional<Integer> exitCode) {
        run.endedAt = at;
        run.changeState(state);
        store.recordRunState(run.runId, state, at, reason, exitCode);
        emit(new SweepEvent.RunStateChanged(id(), run.runId, state, reason, at.toEpochMilli()));
    }

    private void stop(SweepState state, String reason) {
        if (stopReason == null) {
            stopReason = reason;
            endState = state;
        }
    }

    private SweepOutcome finish() {
        String reason = stopReason;
        if (reason == null) {
            reason = exhausted ? "the search space is exhausted"
                    : "max_total_runs (" + config.maxTotalRuns() + ") reached";
        }
        long at = clock.millis();
        Map<String, Integer> byState = new LinkedHashMap<>();
        for (RunTracker run : runs) {
            byState.merge(run.state.displayName(), 1, Integer::sum);
        }
        try {
            store.recordSweepState(id(), endState, reason, Instant.ofEpochMilli(at));
            store.sync();
        } catch (SweepStoreException e) {
            endState = SweepState.FAILED;
            reason = reason + "; the store failed: " + e.getMessage();
        }
        emit(new SweepEvent.SweepEnded(id(), endState, reason, at));
        return new SweepOutcome(id(), endState, reason, byState);
    }

    private SweepHistory history() {
        List<RunSnapshot> snapshots = new ArrayList<>(runs.size());
        for (RunTracker run : runs) {
            snapshots.add(run.snapshot());
        }
        return new SweepHistory(config.primaryMetric(), snapshots, setup.parentRuns());
    }

    private void track(RunTracker tracker) {
        runs.add(tracker);
        runsById.put(tracker.runId, tracker);
    }

    private void emit(SweepEvent event) {
        for (SweepListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException ignored) {
                // A listener must not be able to stop a sweep (SweepListener).
            }
        }
    }
}
