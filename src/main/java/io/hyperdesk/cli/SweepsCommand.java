package io.hyperdesk.cli;

import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sweeps <project dir>}: the project's sweeps, newest first. */
@Command(name = "sweeps", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists a project's sweeps, newest first.")
final class SweepsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", description = "the project folder")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = ProjectArgument.openExisting(folder)) {
            TextTable table = new TextTable(List.of("sweep id", "name", "state", "runs", "started", "ended", "reason"), 80);
            for (SweepSummary sweep : project.sweeps()) {
                table.add(List.of(sweep.id(), sweep.name(), sweep.state().displayName(), Integer.toString(sweep.runCount()),
                        Formats.time(sweep.createdAt()), Formats.time(sweep.endedAt().orElse(null)), sweep.reason()));
            }
            out.print(table.render());
            out.flush();
            return 0;
        }
    }
}
