package io.hyperdesk.cli;

import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate <sweep.json>}: checks a sweep file and summarizes it (DESIGN "Command line"). */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks a sweep file and prints a one-line summary.",
                "Exit 0 when valid; exit 2 with one 'error: <field>: <message>' line per problem."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "the sweep.json file, or a project folder holding one")
    Path sweepFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = ProjectLayout.of(sweepFile).sweepFile();
        if (sweepFile.toString().endsWith(".json")) {
            file = sweepFile;
        }
        SweepFileResult result = SweepFileReader.read(file);
        for (String warning : result.warnings()) {
            err.println("warning: " + warning);
        }
        if (!result.isValid()) {
            return CliErrors.report(err, result.errors());
        }
        out.println(file + ": valid; " + summary(result.configOrThrow()));
        out.flush();
        err.flush();
        return 0;
    }

    static String summary(SweepConfig config) {
        List<String> parts = new ArrayList<>();
        int parameters = config.space().dimension();
        parts.add(parameters + (parameters == 1 ? " parameter" : " parameters"));
        config.space().size().ifPresentOrElse(
                size -> parts.add("space size " + (size == Long.MAX_VALUE ? "over 9.2e18" : size)),
                () -> parts.add("continuous space"));
        parts.add(config.samplingMethod().jsonName() + " sampling"
                + (config.seed().isPresent() ? " (seed " + config.seed().getAsLong() + ")" : ""));
        parts.add(config.primaryMetric().goal().jsonName() + " " + config.primaryMetric().name());
        parts.add(config.policy() instanceof PolicySettings.None ? "no early termination"
                : config.policy().type() + " policy");
        parts.add("max_total_runs " + config.maxTotalRuns());
        parts.add("max_concurrent_runs " + config.maxConcurrentRuns());
        parts.add("max_duration_minutes " + config.maxDurationText());
        return String.join(", ", parts);
    }
}
