package io.hyperdesk.project;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.engine.policy.replay.ReplayRun;
import io.hyperdesk.engine.policy.replay.ReplaySweep;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.sweep.StoredRun;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.util.ArrayList;
import java.util.List;

/** A finished sweep from the store as the input of a policy replay (the "what-if" of issue 4). */
public final class Replays {

    private Replays() {
    }

    /**
     * The sweep's recorded runs, with its parents' runs as comparators (SPEC W2). Runs that never
     * started (failed to launch) are left out: they logged nothing.
     *
     * @throws SweepSetupException when the sweep is unknown or still running
     */
    public static ReplaySweep load(Project project, String sweepId) throws SweepSetupException {
        StoredSweep stored = project.loadSweep(sweepId).orElseThrow(() -> new SweepSetupException(List.of(
                new ConfigProblem("--sweep", "no sweep '" + sweepId + "' in " + project.layout().folder()))));
        if (!stored.summary().state().isTerminal()) {
            throw new SweepSetupException(List.of(new ConfigProblem("--sweep", "sweep '" + sweepId
                    + "' is still running; a replay needs a finished sweep")));
        }
        SweepFileResult parsed = SweepFileReader.parse(stored.configJson(), stored.summary().name());
        if (!parsed.isValid()) {
            throw new SweepSetupException(parsed.errors());
        }
        SweepConfig config = parsed.configOrThrow();
        String primary = config.primaryMetric().name();
        List<ReplayRun> runs = new ArrayList<>();
        for (StoredRun run : stored.runs()) {
            if (run.startedAt().isPresent() && run.endedAt().isPresent()) {
                runs.add(ReplayRun.from(RunSnapshots.of(run, primary)));
            }
        }
        List<RunSnapshot> parents = new ArrayList<>();
        for (String parentId : config.resumeFrom()) {
            project.loadSweep(parentId).ifPresent(parent -> parent.runs().stream()
                    .filter(r -> r.state().isTerminal())
                    .forEach(r -> parents.add(RunSnapshots.of(r, primary))));
        }
        return new ReplaySweep(sweepId, config.primaryMetric(), runs, parents);
    }
}
