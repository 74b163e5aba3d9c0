package io.hyperdesk.bench.sweep;

import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.sweep.RunSummary;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.project.Project;
import io.hyperdesk.project.SweepFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Issue 3 benchmark (b): metric ingestion end to end. One run prints N metric lines as fast as
 * it can; the sweep stores every value (committed before the policy would see it). Reports lines
 * per second from the sweep's start to its end, and checks that every value was stored.
 *
 * <p>Usage: {@code bench/ingestion.sh [lines] [repeats]}.
 */
public final class IngestionBench {

    private IngestionBench() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("hyperdesk-ingest-bench");
        Files.writeString(folder.resolve("flood.py"), """
                import sys
                w = sys.stdout.write
                for i in range(int(sys.argv[1])):
                    w('##hyperdesk {"accuracy": %d}\\n' % i)
                sys.stdout.flush()
                """);
        String json = """
                {"name": "ingest", "command": ["python3", "flood.py", "%d"],
                 "parameter_space": {"x": "choice(1)"}, "primary_metric_name": "accuracy",
                 "primary_metric_goal": "maximize", "max_total_runs": 1, "max_concurrent_runs": 1}
                """.formatted(lines);
        SweepConfig config = SweepFileReader.parse(json, "ingest").configOrThrow();
        long start = System.nanoTime();
        Process alone = new ProcessBuilder("python3", "flood.py", Integer.toString(lines)).directory(folder.toFile())
                .redirectOutput(folder.resolve("alone.log").toFile()).start();
        alone.waitFor();
        double scriptAlone = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%,d metric lines; the script alone, into a file: %.2f s (%,.0f lines/s)%n",
                lines, scriptAlone, lines / scriptAlone);
        for (int r = 0; r < repeats; r++) {
            try (Project project = Project.open(ProjectLayout.of(folder))) {
                Sweep sweep = SweepFactory.newSweep(project, config, Clock.systemUTC());
                long t0 = System.nanoTime();
                sweep.run();
                double seconds = (System.nanoTime() - t0) / 1e9;
                List<RunSummary> runs = project.store().runSummaries(sweep.id(), new PrimaryMetric("accuracy",
                        config.primaryMetric().goal()));
                int stored = runs.get(0).intervals();
                System.out.printf(Locale.ROOT, "repeat %d: %.2f s, %,.0f lines/s stored, %,d of %,d values stored%s%n",
                        r + 1, seconds, lines / seconds, stored, lines, stored == lines ? "" : "  MISSING VALUES");
            }
        }
    }
}
