package io.hyperdesk.bench.sweep;

import io.hyperdesk.cli.HyperDeskCommand;
import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileWriter;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepRecord;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.engine.sweep.SweepStore;
import io.hyperdesk.project.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import picocli.CommandLine;

/**
 * Issue 3 benchmark (c): the {@code runs} command on a store with 1,000 runs × 1,000 values,
 * in process (a fresh store open, the read and the formatting), table and JSON. Goal: under 1 s.
 *
 * <p>Usage: {@code bench/runs-read.sh [runs] [values] [repeats]}.
 */
public final class RunsReadBench {

    private RunsReadBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int values = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path folder = Files.createTempDirectory("hyperdesk-runs-bench");
        String json = """
                {"name": "big", "command": ["python3", "train.py"],
                 "parameter_space": {"lr": "loguniform(-9, -2)", "bs": "choice(16, 32, 64)"},
                 "primary_metric_name": "accuracy", "primary_metric_goal": "maximize", "max_total_runs": 1000}
                """;
        SweepConfig config = SweepFileReader.parse(json, "big").configOrThrow();
        long t0 = System.nanoTime();
        try (Project project = Project.open(ProjectLayout.of(folder))) {
            write(project.store(), config, runs, values);
        }
        System.out.printf(Locale.ROOT, "wrote %,d runs x %,d values in %.1f s%n", runs, values, (System.nanoTime() - t0) / 1e9);
        for (String format : List.of("table", "json")) {
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                StringWriter out = new StringWriter();
                CommandLine commandLine = HyperDeskCommand.commandLine();
                commandLine.setOut(new PrintWriter(out));
                int code = commandLine.execute("runs", folder.toString(), "--format", format);
                double ms = (System.nanoTime() - start) / 1e6;
                System.out.printf(Locale.ROOT, "runs --format %s: %.0f ms (exit %d, %,d chars)%n", format, ms, code,
                        out.toString().length());
            }
        }
    }

    private static void write(SweepStore store, SweepConfig config, int runs, int values) {
        SplittableRandom random = new SplittableRandom(1);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        store.createSweep(new SweepRecord("big-1", "big", SweepFileWriter.toJson(config), start));
        for (int n = 0; n < runs; n++) {
            String runId = "big-1_" + n;
            Configuration parameters = Configuration.of(Map.of("lr", Math.exp(-9 + 7 * random.nextDouble()), "bs", 32L));
            store.createRun(new RunRecord("big-1", runId, n, parameters, Optional.empty(), start));
            store.recordRunState(runId, RunState.RUNNING, start, "", Optional.empty());
            for (int i = 1; i <= values; i++) {
                store.recordMetric(runId, "accuracy", i, 1 - Math.exp(-i / 100.0) * random.nextDouble(),
                        start.toEpochMilli() + i);
            }
            store.recordRunState(runId, RunState.COMPLETED, start.plusSeconds(values), "", Optional.of(0));
        }
        store.recordSweepState("big-1", SweepState.COMPLETED, "max_total_runs (1000) reached", start.plusSeconds(1000));
        store.sync();
    }
}
