package io.hyperdesk.bench.sweep;

import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.project.Project;
import io.hyperdesk.project.SweepFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Issue 3 benchmark (a): executor overhead. 200 runs of a script that logs one metric and exits,
 * two at a time, through HyperDesk's sweep (sampler, store, launcher, log capture) — against the
 * same 200 processes started by a plain shell loop two at a time ({@code xargs -P 2}).
 *
 * <p>Usage: {@code bench/executor.sh [runs] [repeats]}.
 */
public final class ExecutorOverheadBench {

    private ExecutorOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("hyperdesk-exec-bench");
        Files.writeString(folder.resolve("train.py"),
                "import sys\nprint('##hyperdesk {\"accuracy\": %s}' % sys.argv[2], flush=True)\n");
        String sweepJson = """
                {"name": "overhead", "command": ["python3", "train.py"],
                 "parameter_space": {"x": "uniform(0, 1)"}, "sampling": {"method": "random", "seed": 1},
                 "primary_metric_name": "accuracy", "primary_metric_goal": "maximize",
                 "max_total_runs": %d, "max_concurrent_runs": 2}
                """.formatted(runs);
        Files.writeString(folder.resolve("sweep.json"), sweepJson);
        SweepConfig config = SweepFileReader.parse(sweepJson, "overhead").configOrThrow();

        System.out.printf(Locale.ROOT, "%d runs, concurrency 2, python3 script that logs one metric%n", runs);
        double bestLoop = Double.MAX_VALUE;
        double bestSweep = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            double loop = shellLoop(folder, runs);
            double sweep = sweep(folder, config);
            bestLoop = Math.min(bestLoop, loop);
            bestSweep = Math.min(bestSweep, sweep);
            System.out.printf(Locale.ROOT, "repeat %d: shell loop %.2f s, HyperDesk %.2f s, ratio %.3f%n",
                    r + 1, loop, sweep, sweep / loop);
        }
        System.out.printf(Locale.ROOT, "best of %d: shell loop %.2f s, HyperDesk %.2f s, ratio %.3f (goal <= 1.15)%n",
                repeats, bestLoop, bestSweep, bestSweep / bestLoop);
    }

    private static double shellLoop(Path folder, int runs) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("bash", "-c",
                "seq " + runs + " | xargs -P 2 -I{} python3 train.py --x 0.{} > /dev/null")
                .directory(folder.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("shell loop failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double sweep(Path folder, SweepConfig config) throws Exception {
        try (Project project = Project.open(ProjectLayout.of(folder))) {
            Sweep sweep = SweepFactory.newSweep(project, config, Clock.systemUTC());
            long start = System.nanoTime();
            sweep.run();
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
