package io.hyperdesk.engine.policy;

import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.SweepHistory;

/**
 * Decides whether a run should be canceled early (SPEC §4).
 *
 * <p>Called by the sweep on its scheduling thread after each primary-metric value of a running
 * run has been committed to the store, with the run as it is after that value (its interval
 * {@code k} is {@code run.primary().intervals()}) and the history of the whole sweep at that
 * moment (the judged run is in {@code history.runs()} too). A policy is a pure function of its
 * arguments and settings: it keeps no state between calls, so a sweep restored from the store
 * decides exactly as the one that was interrupted. It must be fast (well under a millisecond with
 * 1,000 runs) and must not block.
 */
public interface EarlyTerminationPolicy {

    /** The decision for {@code run} at its latest interval. */
    Decision evaluate(SweepHistory history, RunSnapshot run);
}
