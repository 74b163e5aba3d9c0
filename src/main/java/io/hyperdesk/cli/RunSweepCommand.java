package io.hyperdesk.cli;

import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.project.Project;
import io.hyperdesk.project.SweepFactory;
import io.hyperdesk.project.SweepSetupException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run <sweep.json | project dir> [--store FILE] [--quiet]}: runs a sweep in the foreground. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs a sweep in the foreground: progress on stderr, a summary table on stdout.",
                "Ctrl-C cancels the running runs cleanly. Exit 0 when the sweep completed, 130 when canceled."})
final class RunSweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "a project folder with sweep.json, or a sweep.json file")
    Path target;

    @Option(names = "--store", paramLabel = "FILE", description = "the database to use instead of <project>/.hyperdesk/hyperdesk.db")
    Path storeFile;

    @Option(names = {"-q", "--quiet"}, description = "print no progress on stderr")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(target)) {
            throw new CliErrors(CliErrors.INVALID_INPUT, "SWEEP: " + target + " does not exist; give a project folder "
                    + "with a sweep.json, or the sweep.json itself");
        }
        ProjectLayout layout = ProjectLayout.of(target);
        Path file = Files.isRegularFile(target) ? target : layout.sweepFile();
        SweepFileResult result = SweepFileReader.read(file);
        for (String warning : result.warnings()) {
            err.println("warning: " + warning);
        }
        if (!result.isValid()) {
            return CliErrors.report(err, result.errors());
        }
        Project project = storeFile != null ? Project.open(layout, storeFile) : Project.open(layout);
        Sweep sweep;
        try {
            sweep = SweepFactory.newSweep(project, result.configOrThrow(), Clock.systemDefaultZone());
        } catch (SweepSetupException e) {
            project.close();
            return CliErrors.report(err, e.problems());
        }
        return SweepExecution.execute(sweep, project, out, err, quiet);
    }
}
