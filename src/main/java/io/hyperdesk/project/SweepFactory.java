package io.hyperdesk.project;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.config.SweepFileWriter;
import io.hyperdesk.engine.policy.Policies;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.sampling.Samplers;
import io.hyperdesk.engine.sweep.StoredRun;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepIds;
import io.hyperdesk.engine.sweep.SweepSetup;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.exec.LocalProcessLauncher;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a sweep together from a project: its sampler, policy, local launcher and store, the runs of
 * its {@code resume_from} parents and its {@code resume_child_runs} (SPEC §6).
 */
public final class SweepFactory {

    /** How long a canceled run gets between SIGTERM and SIGKILL. */
    public static final Duration CANCEL_GRACE = Duration.ofSeconds(5);

    private SweepFactory() {
    }

    /** A new sweep of {@code config} in {@code project}, ready to {@link Sweep#run()}. */
    public static Sweep newSweep(Project project, SweepConfig requested, Clock clock) throws SweepSetupException {
        // Without a seed, pick one and store it with the sweep, so a resumed sweep samples on
        // exactly as the interrupted one would have (SPEC W4).
        SweepConfig config = requested.seed().isPresent() ? requested
                : requested.withSeed(new java.util.SplittableRandom().nextInt(1, Integer.MAX_VALUE));
        List<ConfigProblem> problems = new ArrayList<>();
        List<RunSnapshot> parents = parentRuns(project, config, problems);
        List<SweepSetup.Relaunch> children = childRuns(project, config, problems);
        if (!problems.isEmpty()) {
            throw new SweepSetupException(problems);
        }
        List<String> taken = project.sweeps().stream().map(SweepSummary::id).toList();
        String id = SweepIds.next(config.name(), LocalDateTime.now(clock), taken);
        SweepSetup setup = SweepSetup.fresh(id, SweepFileWriter.toJson(config))
                .withParentRuns(parents).withRelaunches(children);
        return assemble(project, config, setup, clock);
    }

    /** Continues an interrupted (or canceled) sweep with the budget it has left (SPEC W4). */
    public static Sweep resume(Project project, String sweepId, Clock clock) throws SweepSetupException {
        InterruptedSweeps.recover(project);
        StoredSweep stored = project.loadSweep(sweepId).orElseThrow(() -> new SweepSetupException(List.of(
                new ConfigProblem("sweep", "no sweep '" + sweepId + "' in " + project.layout().folder()
                        + "; `hyperdesk sweeps` lists them"))));
        if (stored.summary().state() == SweepState.RUNNING) {
            throw new SweepSetupException(List.of(new ConfigProblem("sweep", "sweep '" + sweepId
                    + "' is still running in another HyperDesk (pid " + project.sqliteStore().ownerPid(sweepId).orElse(-1)
                    + "); cancel it there first")));
        }
        SweepFileResult parsed = SweepFileReader.parse(stored.configJson(), stored.summary().name());
        if (!parsed.isValid()) {
            throw new SweepSetupException(parsed.errors());
        }
        SweepConfig config = parsed.configOrThrow();
        List<ConfigProblem> problems = new ArrayList<>();
        List<RunSnapshot> parents = parentRuns(project, config, problems);
        if (!problems.isEmpty()) {
            throw new SweepSetupException(problems);
        }
        List<SweepSetup.Relaunch> relaunches = new ArrayList<>();
        long elapsed = 0;
        long started = stored.summary().createdAt().toEpochMilli();
        for (StoredRun run : stored.runs()) {
            if (!run.state().isTerminal() || run.state() == RunState.INTERRUPTED) {
                relaunches.add(new SweepSetup.Relaunch(run.record().parameters(), run.record().resumedFromRunId()));
            }
            for (var end : List.of(run.endedAt(), run.startedAt())) {
                if (end.isPresent()) {
                    elapsed = Math.max(elapsed, end.get().toEpochMilli() - started);
                }
            }
        }
        project.sqliteStore().claimSweep(sweepId);
        SweepSetup setup = new SweepSetup(sweepId, stored.configJson(), true, stored.runs(), parents, relaunches, elapsed);
        return assemble(project, config, setup, clock);
    }

    private static Sweep assemble(Project project, SweepConfig config, SweepSetup setup, Clock clock) {
        Sampler sampler = createSampler(config);
        LocalProcessLauncher launcher = new LocalProcessLauncher(project.layout().folder(),
                project.layout().runsFolder(), CANCEL_GRACE);
        return new Sweep(config, setup, sampler, Policies.create(config.policy()), launcher, project.store(), clock);
    }

    /** The sweep's sampler (SPEC §2). */
    public static Sampler createSampler(SweepConfig config) {
        return Samplers.create(config.space(), config.samplingMethod(), config.seed(), config.maxTotalRuns());
    }

    private static List<RunSnapshot> parentRuns(Project project, SweepConfig config, List<ConfigProblem> problems) {
        List<RunSnapshot> runs = new ArrayList<>();
        for (int i = 0; i < config.resumeFrom().size(); i++) {
            String field = "resume_from[" + i + "]";
            String parentId = config.resumeFrom().get(i);
            Optional<StoredSweep> parent = project.loadSweep(parentId);
            if (parent.isEmpty()) {
                problems.add(new ConfigProblem(field, "no sweep '" + parentId + "' in this project; "
                        + "`hyperdesk sweeps " + project.layout().folder() + "` lists them"));
                continue;
            }
            SweepFileResult parentConfig = SweepFileReader.parse(parent.get().configJson(), parentId);
            if (!parentConfig.isValid()) {
                problems.add(new ConfigProblem(field, "sweep '" + parentId + "' has a sweep file this version cannot read"));
                continue;
            }
            SweepConfig parentSweep = parentConfig.configOrThrow();
            if (!parentSweep.primaryMetric().equals(config.primaryMetric())) {
                problems.add(new ConfigProblem(field, "sweep '" + parentId + "' optimized "
                        + parentSweep.primaryMetric().name() + " (" + parentSweep.primaryMetric().goal().jsonName()
                        + "); a parent must have the same primary metric name and goal (SPEC W1)"));
                continue;
            }
            if (!parent.get().summary().state().isTerminal()) {
                problems.add(new ConfigProblem(field, "sweep '" + parentId + "' is still running; a parent must be "
                        + "finished or canceled (SPEC W1)"));
                continue;
            }
            if (config.samplingMethod() == SamplingMethod.BAYESIAN && !parentSweep.space().equals(config.space())) {
                problems.add(new ConfigProblem(field, "sweep '" + parentId + "' has a different parameter space; "
                        + "Bayesian warm start needs the same space (SPEC W1)"));
                continue;
            }
            for (StoredRun run : parent.get().runs()) {
                if (run.state().isTerminal()) {
                    runs.add(RunSnapshots.of(run, config.primaryMetric().name()));
                }
            }
        }
        return runs;
    }

    private static List<SweepSetup.Relaunch> childRuns(Project project, SweepConfig config, List<ConfigProblem> problems) {
        List<SweepSetup.Relaunch> relaunches = new ArrayList<>();
        for (int i = 0; i < config.resumeChildRuns().size(); i++) {
            String field = "resume_child_runs[" + i + "]";
            String runId = config.resumeChildRuns().get(i);
            Optional<StoredRun> run = project.loadSweep(SweepIds.sweepOfRun(runId))
                    .flatMap(s -> s.runs().stream().filter(r -> r.record().runId().equals(runId)).findFirst());
            if (run.isEmpty()) {
                problems.add(new ConfigProblem(field, "no run '" + runId + "' in this project; "
                        + "`hyperdesk runs " + project.layout().folder() + "` lists them"));
            } else if (!run.get().state().isTerminal()) {
                problems.add(new ConfigProblem(field, "run '" + runId + "' is still " + run.get().state().displayName()
                        + "; only finished runs can be resumed (SPEC W3)"));
            } else {
                relaunches.add(new SweepSetup.Relaunch(run.get().record().parameters(), Optional.of(runId)));
            }
        }
        return relaunches;
    }
}
