package io.hyperdesk.cli;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.config.PolicyJson;
import io.hyperdesk.engine.policy.PolicyRules;
import io.hyperdesk.engine.policy.replay.PolicyReplay;
import io.hyperdesk.engine.policy.replay.ReplayCancel;
import io.hyperdesk.engine.policy.replay.ReplayGrid;
import io.hyperdesk.engine.policy.replay.ReplayReport;
import io.hyperdesk.engine.policy.replay.ReplaySweep;
import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.project.Project;
import io.hyperdesk.project.Replays;
import io.hyperdesk.project.SweepSetupException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code replay <project dir> --sweep ID (--policy JSON | --grid)}: what a policy would have saved. */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Replays a finished sweep's recorded metrics under an early-termination policy and reports",
                "which runs it would have canceled, the intervals and time saved, and whether the best run survives.",
                "Nothing is run again."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", description = "the project folder")
    Path folder;

    @Option(names = "--sweep", paramLabel = "ID", description = "the finished sweep (default: the newest)")
    String sweepId;

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--policy", paramLabel = "JSON", required = true,
                description = "a policy as in sweep.json, e.g. '{\"type\": \"median_stopping\", \"delay_evaluation\": 5}'")
        String policy;

        @Option(names = "--grid", required = true, description = "try the standard grid of common settings")
        boolean grid;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Project project = ProjectArgument.openExisting(folder)) {
            SweepSummary sweep = ProjectArgument.sweep(project, sweepId);
            ReplaySweep replay;
            try {
                replay = Replays.load(project, sweep.id());
            } catch (SweepSetupException e) {
                return CliErrors.report(err, e.problems());
            }
            if (what.grid) {
                printGrid(out, ReplayGrid.replay(replay));
            } else {
                PolicyJson.Result settings = PolicyJson.read(what.policy);
                if (settings.settings().isEmpty()) {
                    for (ConfigProblem problem : settings.problems()) {
                        err.println("error: --policy: " + problem);
                    }
                    err.flush();
                    return CliErrors.INVALID_INPUT;
                }
                printReport(out, PolicyReplay.replay(replay, settings.settings().get()));
            }
            out.flush();
            return 0;
        }
    }

    private static void printReport(PrintWriter out, ReplayReport report) {
        out.println(PolicyRules.label(report.settings()));
        out.println(report.summary());
        if (report.cancels().isEmpty()) {
            out.println("no run would have been canceled");
            return;
        }
        TextTable table = new TextTable(List.of("run id", "canceled at interval", "of", "time saved", "reason"), 140);
        for (ReplayCancel cancel : report.cancels()) {
            table.add(List.of(cancel.runId(), Integer.toString(cancel.interval()),
                    Integer.toString(cancel.recordedIntervals()), Formats.duration(Duration.ofMillis(cancel.savedMillis())),
                    cancel.reason()));
        }
        out.print(table.render());
    }

    private static void printGrid(PrintWriter out, List<ReplayReport> reports) {
        TextTable table = new TextTable(List.of("policy", "best run kept", "intervals saved", "time saved",
                "runs canceled", "best falls behind by"), 90);
        for (ReplayReport report : reports) {
            table.add(List.of(PolicyRules.label(report.settings()), report.bestRunKept() ? "yes" : "no",
                    percent(report.intervalsSavedShare()), percent(report.timeSavedShare()),
                    Integer.toString(report.cancels().size()),
                    report.bestRunKept() ? "" : Formats.metric(report.shortfall())
                            + " (" + percent(report.relativeShortfall()) + ")"));
        }
        out.print(table.render());
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
