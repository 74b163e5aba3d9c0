package io.hyperdesk.engine.policy.replay;

import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A finished sweep as recorded, to be replayed under other policies.
 *
 * @param sweepId       its id
 * @param primaryMetric its primary metric and goal
 * @param runs          its runs (any order; each once)
 * @param parentRuns    the runs of its {@code resume_from} sweeps, as the live sweep passed them to
 *                      the policy (SPEC W2); they count in comparisons and are never canceled
 */
public record ReplaySweep(String sweepId, PrimaryMetric primaryMetric, List<ReplayRun> runs,
                          List<RunSnapshot> parentRuns) {

    public ReplaySweep {
        Objects.requireNonNull(sweepId, "sweepId");
        Objects.requireNonNull(primaryMetric, "primaryMetric");
        runs = List.copyOf(runs);
        parentRuns = List.copyOf(parentRuns);
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (ReplayRun run : runs) {
            if (!ids.add(run.runId())) {
                throw new IllegalArgumentException("runs: run id " + run.runId() + " appears twice");
            }
            if (!numbers.add(run.number())) {
                throw new IllegalArgumentException("runs: run number " + run.number() + " appears twice");
            }
        }
    }

    /** A sweep without parent sweeps. */
    public static ReplaySweep of(String sweepId, PrimaryMetric primaryMetric, List<ReplayRun> runs) {
        return new ReplaySweep(sweepId, primaryMetric, runs, List.of());
    }
}
