package io.hyperdesk.engine.policy;

import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.SweepHistory;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs a judged run is compared with at interval {@code k} (SPEC T3, T5, W2): every other
 * run of the sweep and every run of its {@code resume_from} parent sweeps that has reached
 * {@code k}, whatever its state — running, completed, failed, canceled or interrupted; a run's
 * state never hides the values it logged. Queued runs have no values and so never qualify.
 * Callers read each comparator only through {@code bestWithin(k)} / {@code meanWithin(k)}, so a
 * comparator counts with its values {@code 1..k} only and the cost is O(runs), not O(history).
 */
final class ComparableRuns {

    private ComparableRuns() {
    }

    /**
     * @param includeFinished false to leave out runs in a terminal state (SPEC T6
     *                        {@code exclude_finished_runs}); parent runs are all terminal, so they
     *                        are left out too
     */
    static List<RunSnapshot> at(SweepHistory history, RunSnapshot judged, int k, boolean includeFinished) {
        List<RunSnapshot> result = new ArrayList<>(history.runs().size() + history.parentRuns().size());
        addFrom(history.runs(), judged, k, includeFinished, result);
        addFrom(history.parentRuns(), judged, k, includeFinished, result);
        return result;
    }

    private static void addFrom(List<RunSnapshot> runs, RunSnapshot judged, int k, boolean includeFinished,
                                List<RunSnapshot> result) {
        for (RunSnapshot other : runs) {
            if (other.primary().intervals() < k) {
                continue; // SPEC T3: runs that have not reached k are left out
            }
            if (!includeFinished && other.isFinished()) {
                continue;
            }
            if (other.runId().equals(judged.runId())) {
                continue; // the judged run is counted from its own argument, never twice
            }
            result.add(other);
        }
    }
}
