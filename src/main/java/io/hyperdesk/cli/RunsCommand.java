package io.hyperdesk.cli;

import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.sweep.RunSummary;
import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runs <project dir> [--sweep ID] [--format table|json|csv]}: a sweep's runs (SPEC V1). */
@Command(name = "runs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists a sweep's runs: id, state, parameters, last and best primary metric, intervals, "
                + "start, duration and cancel reason.")
final class RunsCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", description = "the project folder")
    Path folder;

    @Option(names = "--sweep", paramLabel = "ID", description = "the sweep (default: the newest)")
    String sweepId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = ProjectArgument.openExisting(folder)) {
            SweepSummary sweep = ProjectArgument.sweep(project, sweepId);
            PrimaryMetric metric = primaryMetric(project, sweep.id());
            List<RunSummary> runs = project.store().runSummaries(sweep.id(), metric);
            switch (format) {
                case json -> out.print(RunsTable.json(runs, metric));
                case csv -> out.print(csv(runs, metric));
                default -> {
                    out.println("sweep " + sweep.id() + " (" + sweep.state().displayName() + "), " + runs.size() + " runs");
                    out.print(RunsTable.table(runs, metric));
                }
            }
            out.flush();
            return 0;
        }
    }

    static PrimaryMetric primaryMetric(Project project, String sweepId) {
        return project.sweepConfig(sweepId).orElseThrow(() -> new CliErrors(CliErrors.INVALID_INPUT, "sweep " + sweepId
                + ": its stored sweep file is not valid for this version of HyperDesk")).primaryMetric();
    }

    static String csv(List<RunSummary> runs, PrimaryMetric metric) {
        Set<String> parameters = RunsTable.parameterNames(runs);
        List<String> headers = new ArrayList<>(List.of("number", "run_id", "state"));
        headers.addAll(parameters);
        headers.addAll(List.of("last_" + metric.name(), "best_" + metric.name(), "intervals", "started", "duration",
                "reason"));
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", headers.stream().map(RunsCommand::quote).toList())).append('\n');
        for (RunSummary run : runs) {
            List<String> cells = RunsTable.cells(run, parameters, false);
            out.append(String.join(",", cells.stream().map(RunsCommand::quote).toList())).append('\n');
        }
        return out.toString();
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
