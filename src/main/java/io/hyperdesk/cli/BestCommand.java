package io.hyperdesk.cli;

import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.project.BestConfiguration;
import io.hyperdesk.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code best <project dir> [--sweep ID]}: the best-configuration JSON (DESIGN). */
@Command(name = "best", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the best run's configuration as JSON (the GUI's export writes the same document).",
                "The best run has the best logged primary-metric value; failed and canceled runs count."})
final class BestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", description = "the project folder")
    Path folder;

    @Option(names = "--sweep", paramLabel = "ID", description = "the sweep (default: the newest)")
    String sweepId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = ProjectArgument.openExisting(folder)) {
            SweepSummary sweep = ProjectArgument.sweep(project, sweepId);
            BestConfiguration best = BestConfiguration.of(project, sweep.id()).orElseThrow(() -> new CliErrors(
                    CliErrors.NOTHING, "sweep " + sweep.id() + ": no run logged a finite value of its primary metric, "
                    + "so there is no best run yet"));
            out.print(best.toJson());
            out.flush();
            return 0;
        }
    }
}
