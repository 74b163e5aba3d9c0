package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.SweepEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a live sweep's events wait for the UI thread (DESIGN: one crossing point into the FX
 * thread). {@link #accept} is called on the sweep's thread (or any thread) and only folds the
 * event into its run's accumulator under a lock; {@link #take} hands the UI thread one picture per
 * changed run. So the UI thread's work per drain is proportional to the runs that changed, not to
 * the number of metric lines, and memory stays bounded however long nobody drains.
 */
final class MonitorInbox {

    /** Warnings kept between two drains; older ones are dropped. */
    private static final int MAX_WARNINGS = 200;

    private final Map<String, RunProgress> runs = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final List<SweepEvent.Warning> warnings = new ArrayList<>();
    private SweepEvent.SweepStarted started;
    private SweepEvent.SweepEnded ended;

    MonitorInbox() {
    }

    /** Folds one event in. Thread-safe, never blocks for long. */
    synchronized void accept(SweepEvent event) {
        if (event instanceof SweepEvent.RunQueued queued) {
            RunRecord record = new RunRecord(queued.sweepId(), queued.runId(), queued.number(), queued.parameters(),
                    Optional.empty(), Instant.now());
            runs.put(queued.runId(), new RunProgress(record));
            changed.add(queued.runId());
        } else if (event instanceof SweepEvent.RunStateChanged state) {
            RunProgress run = runs.get(state.runId());
            if (run != null) {
                run.changeState(state.state(), state.reason(), state.atMillis());
                changed.add(state.runId());
            }
        } else if (event instanceof SweepEvent.MetricsLogged metrics) {
            accept(metrics);
        } else if (event instanceof SweepEvent.Warning warning) {
            if (warnings.size() == MAX_WARNINGS) {
                warnings.remove(0);
            }
            warnings.add(warning);
        } else if (event instanceof SweepEvent.SweepStarted start) {
            started = start;
        } else if (event instanceof SweepEvent.SweepEnded end) {
            ended = end;
        }
    }

    private void accept(SweepEvent.MetricsLogged metrics) {
        RunProgress run = runs.get(metrics.runId());
        if (run == null) {
            return;
        }
        // Every value counts, as in the store and for `best` (SPEC M2), also a primary value the
        // policy no longer looks at because the sweep had asked the run to stop (interval 0).
        for (Map.Entry<String, Double> value : metrics.values().entrySet()) {
            run.append(value.getKey(), value.getValue(), metrics.atMillis());
        }
        changed.add(metrics.runId());
    }

    /**
     * What changed since the last call, each run once, in the order they first changed: at most
     * {@code maxRuns} runs; the others stay for the next call. The sweep's end comes with the
     * batch that takes its last changed run, so the views never say "ended" with runs missing.
     */
    synchronized MonitorBatch take(int maxRuns) {
        List<RunUpdate> updates = new ArrayList<>(Math.min(maxRuns, changed.size()));
        Iterator<String> ids = changed.iterator();
        while (ids.hasNext() && updates.size() < maxRuns) {
            updates.add(runs.get(ids.next()).snapshot());
            ids.remove();
        }
        boolean all = changed.isEmpty();
        MonitorBatch batch = new MonitorBatch(updates, Optional.ofNullable(started),
                Optional.ofNullable(all ? ended : null), warnings, !all);
        warnings.clear();
        started = null;
        if (all) {
            ended = null;
        }
        return batch;
    }
}
