package io.hyperdesk.engine.run;

import java.util.List;
import java.util.Objects;

/**
 * What a sampler or a policy may know of a sweep at one moment: immutable snapshots of its runs
 * and of the runs of its {@code resume_from} parent sweeps (SPEC W1, W2).
 *
 * @param primaryMetric the sweep's primary metric and goal
 * @param runs          this sweep's runs in the order they were generated (queued, running and
 *                      finished)
 * @param parentRuns    runs of the parent sweeps (all terminal); they do not count against
 *                      {@code max_total_runs}
 */
public record SweepHistory(PrimaryMetric primaryMetric, List<RunSnapshot> runs, List<RunSnapshot> parentRuns) {

    public SweepHistory {
        Objects.requireNonNull(primaryMetric, "primaryMetric");
        runs = List.copyOf(runs);
        parentRuns = List.copyOf(parentRuns);
    }

    /** A history with no runs at all, e.g. before the first suggestion. */
    public static SweepHistory empty(PrimaryMetric primaryMetric) {
        return new SweepHistory(primaryMetric, List.of(), List.of());
    }

    /** The number of runs this sweep has generated so far; the next run's number. */
    public int generatedRuns() {
        return runs.size();
    }

    public Goal goal() {
        return primaryMetric.goal();
    }
}
