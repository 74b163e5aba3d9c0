package io.hyperdesk.bench.policy;

import io.hyperdesk.engine.policy.Decision;
import io.hyperdesk.engine.policy.EarlyTerminationPolicy;
import io.hyperdesk.engine.policy.Policies;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.policy.replay.PolicyReplay;
import io.hyperdesk.engine.policy.replay.ReplayGrid;
import io.hyperdesk.engine.policy.replay.ReplayReport;
import io.hyperdesk.engine.policy.replay.ReplayRun;
import io.hyperdesk.engine.policy.replay.ReplaySweep;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Cost of one policy decision with 1,000 runs of 100 intervals, of building the history the live
 * sweep builds per value, and of replays. Plain main; run with bench/policy.sh. Not a unit test.
 */
public final class PolicyBenchmark {

    private static final PrimaryMetric METRIC = new PrimaryMetric("accuracy", Goal.MAXIMIZE);
    private static long sink;

    private PolicyBenchmark() {
    }

    public static void main(String[] args) {
        int runs = 1000;
        int intervals = 100;
        List<MetricSeries.Appender> appenders = new ArrayList<>();
        List<RunSnapshot> snapshots = curves(runs, intervals, new Random(42), appenders);
        SweepHistory history = new SweepHistory(METRIC, snapshots, List.of());
        // Run qualities rise with the number: run 100 is poor (canceled), run 900 good (continues).
        RunSnapshot poor = snapshots.get(100);
        RunSnapshot good = snapshots.get(900);
        System.out.printf(Locale.ROOT, "JDK %s, %d cores; %d runs x %d intervals; judged at interval %d%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), runs, intervals, intervals);
        System.out.printf(Locale.ROOT, "%-62s %10s %10s %10s%n", "case", "mean us", "median us", "p99 us");
        List<PolicySettings> policies = List.of(
                new PolicySettings.Bandit(OptionalDouble.of(0.1), OptionalDouble.empty(), 1, 5),
                new PolicySettings.MedianStopping(1, 5),
                new PolicySettings.TruncationSelection(20, false, 1, 5),
                new PolicySettings.TruncationSelection(20, true, 1, 5));
        for (PolicySettings settings : policies) {
            EarlyTerminationPolicy policy = Policies.create(settings);
            String name = settings.type() + (settings instanceof PolicySettings.TruncationSelection t
                    && t.excludeFinishedRuns() ? " (exclude finished)" : "");
            Decision poorDecision = policy.evaluate(history, poor);
            Decision goodDecision = policy.evaluate(history, good);
            measure(name + ", judged run " + (poorDecision.cancel() ? "canceled" : "continues"),
                    () -> policy.evaluate(history, poor).cancel() ? 1 : 0);
            measure(name + ", judged run " + (goodDecision.cancel() ? "canceled" : "continues"),
                    () -> policy.evaluate(history, good).cancel() ? 1 : 0);
        }
        measure("SweepHistory of 1,000 snapshots (copy list)",
                () -> new SweepHistory(METRIC, snapshots, List.of()).runs().size());
        measure("1,000 RunSnapshots + SweepHistory", () -> {
            List<RunSnapshot> fresh = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                RunSnapshot old = snapshots.get(i);
                fresh.add(new RunSnapshot(old.sweepId(), old.runId(), old.number(), old.parameters(), old.state(),
                        appenders.get(i).snapshot(), old.startedAt(), old.endedAt()));
            }
            return new SweepHistory(METRIC, fresh, List.of()).runs().size();
        });
        replays();
        System.out.println("(sink " + sink + ")");
    }

    /** Warm up, then 300 samples of a batch of calls; per-call times. */
    private static void measure(String name, Supplier<Integer> call) {
        for (int i = 0; i < 20_000; i++) {
            sink += call.get();
        }
        int batch = 50;
        double[] samples = new double[300];
        for (int s = 0; s < samples.length; s++) {
            long start = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += call.get();
            }
            samples[s] = (System.nanoTime() - start) / 1e3 / batch;
        }
        Arrays.sort(samples);
        double mean = Arrays.stream(samples).average().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "%-62s %10.1f %10.1f %10.1f%n", name, mean, samples[samples.length / 2],
                samples[(int) (samples.length * 0.99)]);
    }

    private static void replays() {
        ReplaySweep medium = recordedSweep(100, 50, new Random(7));
        ReplaySweep large = recordedSweep(1000, 100, new Random(8));
        for (int i = 0; i < 3; i++) {
            sink += ReplayGrid.replay(medium).size(); // warm up
        }
        long start = System.nanoTime();
        List<ReplayReport> grid = ReplayGrid.replay(medium);
        System.out.printf(Locale.ROOT, "replay grid (11 settings), 100 runs x 50 intervals: %.0f ms; best: %s%n",
                (System.nanoTime() - start) / 1e6, grid.get(0).summary());
        PolicySettings bandit = new PolicySettings.Bandit(OptionalDouble.of(0.1), OptionalDouble.empty(), 1, 5);
        start = System.nanoTime();
        ReplayReport report = PolicyReplay.replay(large, bandit);
        System.out.printf(Locale.ROOT, "replay one policy, 1,000 runs x 100 intervals (100,000 values): %.0f ms; %s%n",
                (System.nanoTime() - start) / 1e6, report.summary());
    }

    /** Runs whose curves saturate at a quality that grows with the run number, plus noise. */
    private static List<RunSnapshot> curves(int runs, int intervals, Random random,
                                            List<MetricSeries.Appender> appenders) {
        List<RunSnapshot> snapshots = new ArrayList<>();
        for (int n = 0; n < runs; n++) {
            MetricSeries.Appender appender = new MetricSeries.Appender();
            double quality = 0.5 + 0.5 * n / runs;
            for (int i = 1; i <= intervals; i++) {
                appender.append(quality * (1 - Math.exp(-i / 10.0)) + 0.01 * random.nextGaussian(), 1_000L * i);
            }
            appenders.add(appender);
            RunState state = n % 3 == 0 ? RunState.RUNNING : RunState.COMPLETED;
            snapshots.add(new RunSnapshot("bench", "bench_" + n, n, Configuration.of(Map.of("n", (long) n)), state,
                    appender.snapshot(), Optional.of(Instant.EPOCH),
                    state.isTerminal() ? Optional.of(Instant.ofEpochSecond(intervals)) : Optional.empty()));
        }
        return snapshots;
    }

    /** {@code concurrency} 10: runs start in waves of 10, one value a second each. */
    private static ReplaySweep recordedSweep(int runs, int intervals, Random random) {
        List<ReplayRun> recorded = new ArrayList<>();
        for (int n = 0; n < runs; n++) {
            long start = (n / 10) * (intervals + 1) * 1_000L + random.nextInt(500);
            double quality = random.nextDouble();
            MetricSeries.Appender appender = new MetricSeries.Appender();
            for (int i = 1; i <= intervals; i++) {
                appender.append(quality * (1 - Math.exp(-i / 10.0)) + 0.01 * random.nextGaussian(),
                        start + 1_000L * i);
            }
            recorded.add(new ReplayRun("bench_" + n, n, Configuration.of(Map.of("n", (long) n)),
                    appender.snapshot(), start, start + 1_000L * intervals + 100, RunState.COMPLETED));
        }
        return ReplaySweep.of("bench", METRIC, recorded);
    }
}
