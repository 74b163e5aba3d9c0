package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.sweep.SweepEvent;
import java.util.List;
import java.util.Optional;

/**
 * What changed since the last drain: the latest picture of every run that changed (each run once,
 * however many events it had), the sweep's start and end, and warnings. {@code more}: runs that
 * had changed were left for the next batch (this one was full).
 */
record MonitorBatch(List<RunUpdate> runs, Optional<SweepEvent.SweepStarted> started,
                    Optional<SweepEvent.SweepEnded> ended, List<SweepEvent.Warning> warnings, boolean more) {

    MonitorBatch {
        runs = List.copyOf(runs);
        warnings = List.copyOf(warnings);
    }

    boolean isEmpty() {
        return runs.isEmpty() && started.isEmpty() && ended.isEmpty() && warnings.isEmpty();
    }
}
