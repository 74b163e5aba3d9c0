package io.hyperdesk.bench.bayes;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.sampling.bayesian.BayesianSampler;
import io.hyperdesk.engine.space.Configuration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Suggestion latency of {@link BayesianSampler} with 6 parameters (Hartmann-6's space) and a
 * history of n finished runs at random points: median and maximum wall time of
 * {@code next(history)} over several calls, after warm-up calls for the JIT, and the median CPU
 * time of the calling thread (the sampler is single-threaded), which a machine shared with other
 * work disturbs less. Prints one line per n: {@code observations,median_ms,max_ms,median_cpu_ms,calls}.
 *
 * <p>Usage: {@code LatencyBenchmark [n ...]} (default 50 200 1000).
 */
public final class LatencyBenchmark {

    private LatencyBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {50, 200, 1000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        TestFunction function = TestFunction.hartmann6();
        System.out.println("observations,median_ms,max_ms,median_cpu_ms,calls");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int n : sizes) {
            SweepHistory history = history(function, n);
            int calls = n >= 1000 ? 5 : 9;
            int warmUp = n >= 1000 ? 2 : 5;
            double[] millis = new double[calls];
            double[] cpuMillis = new double[calls];
            for (int i = -warmUp; i < calls; i++) {
                BayesianSampler sampler = new BayesianSampler(function.space(), OptionalLong.of(i + 100));
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                sampler.next(history).orElseThrow();
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                    cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                }
            }
            Arrays.sort(millis);
            Arrays.sort(cpuMillis);
            System.out.printf(Locale.ROOT, "%d,%.1f,%.1f,%.1f,%d%n", n, millis[calls / 2], millis[calls - 1],
                    cpuMillis[calls / 2], calls);
        }
    }

    private static SweepHistory history(TestFunction function, int n) {
        SplittableRandom random = new SplittableRandom(42);
        List<RunSnapshot> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
            for (int j = 1; j <= 6; j++) {
                values.put("x" + j, random.nextDouble());
            }
            Configuration c = Configuration.of(values);
            runs.add(OptimisationLoop.snapshot(i, c, RunState.COMPLETED, MetricSeries.of(function.evaluate(c))));
        }
        return new SweepHistory(new PrimaryMetric("value", Goal.MINIMIZE), runs, List.of());
    }
}
