package io.hyperdesk.engine.policy;

import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.SweepHistory;

/** SPEC T7: no early termination; every run finishes. */
public final class NoTerminationPolicy implements EarlyTerminationPolicy {

    @Override
    public Decision evaluate(SweepHistory history, RunSnapshot run) {
        return Decision.continueRun();
    }

    @Override
    public String toString() {
        return "none";
    }
}
