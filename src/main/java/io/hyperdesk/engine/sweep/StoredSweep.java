package io.hyperdesk.engine.sweep;

import java.util.List;

/**
 * A sweep read back from the store, complete.
 *
 * @param summary    its list line
 * @param configJson the sweep.json document it ran with
 * @param runs       its runs in generation order
 */
public record StoredSweep(SweepSummary summary, String configJson, List<StoredRun> runs) {

    public StoredSweep {
        runs = List.copyOf(runs);
    }
}
