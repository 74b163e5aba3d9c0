package io.hyperdesk.cli;

import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.project.Project;
import io.hyperdesk.project.SweepFactory;
import io.hyperdesk.project.SweepSetupException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code resume <project dir> [--sweep ID]}: continues an interrupted sweep (SPEC W4). */
@Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Continues an interrupted or canceled sweep with the budget it has left.",
                "Runs that were going when it stopped are started again."})
final class ResumeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", description = "the project folder")
    Path folder;

    @Option(names = "--sweep", paramLabel = "ID", description = "the sweep to continue (default: the newest interrupted or canceled one)")
    String sweepId;

    @Option(names = {"-q", "--quiet"}, description = "print no progress on stderr")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project project = ProjectArgument.openExisting(folder);
        String id = sweepId;
        if (id == null) {
            id = project.sweeps().stream()
                    .filter(s -> s.state() == SweepState.INTERRUPTED || s.state() == SweepState.CANCELED)
                    .findFirst().map(SweepSummary::id).orElse(null);
            if (id == null) {
                project.close();
                throw new CliErrors(CliErrors.NOTHING, "project: no interrupted or canceled sweep to resume in "
                        + project.layout().folder());
            }
        }
        Sweep sweep;
        try {
            sweep = SweepFactory.resume(project, id, Clock.systemDefaultZone());
        } catch (SweepSetupException e) {
            project.close();
            return CliErrors.report(err, e.problems());
        }
        return SweepExecution.execute(sweep, project, out, err, quiet);
    }
}
