package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.space.Configuration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sweep starts from, besides its configuration.
 *
 * @param sweepId        the sweep's id
 * @param configJson     the sweep.json document to store with a new sweep
 * @param resumed        true when continuing an interrupted sweep already in the store (SPEC W4):
 *                       the sweep is not created again and {@code priorRuns} are its runs so far
 * @param priorRuns      for a resumed sweep, its stored runs in generation order
 * @param parentRuns     runs of the {@code resume_from} sweeps (SPEC W1, W2), all terminal
 * @param relaunches     configurations to start before any new sample, in order: resumed child
 *                       runs (SPEC W3, with the run to resume from) and, on resume, the runs that
 *                       were interrupted
 * @param elapsedBeforeMillis time the sweep already ran before an interruption; it counts against
 *                       {@code max_duration_minutes}
 */
public record SweepSetup(
        String sweepId,
        String configJson,
        boolean resumed,
        List<StoredRun> priorRuns,
        List<RunSnapshot> parentRuns,
        List<Relaunch> relaunches,
        long elapsedBeforeMillis) {

    public SweepSetup {
        Objects.requireNonNull(sweepId, "sweepId");
        Objects.requireNonNull(configJson, "configJson");
        priorRuns = List.copyOf(priorRuns);
        parentRuns = List.copyOf(parentRuns);
        relaunches = List.copyOf(relaunches);
    }

    /** A new sweep with nothing before it. */
    public static SweepSetup fresh(String sweepId, String configJson) {
        return new SweepSetup(sweepId, configJson, false, List.of(), List.of(), List.of(), 0);
    }

    public SweepSetup withParentRuns(List<RunSnapshot> runs) {
        return new SweepSetup(sweepId, configJson, resumed, priorRuns, runs, relaunches, elapsedBeforeMillis);
    }

    public SweepSetup withRelaunches(List<Relaunch> runs) {
        return new SweepSetup(sweepId, configJson, resumed, priorRuns, parentRuns, runs, elapsedBeforeMillis);
    }

    /**
     * A configuration to run again.
     *
     * @param parameters      the configuration
     * @param resumeFromRunId the run whose checkpoint the new run continues from (SPEC W3)
     */
    public record Relaunch(Configuration parameters, Optional<String> resumeFromRunId) {
    }
}
