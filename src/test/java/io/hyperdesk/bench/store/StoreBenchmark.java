package io.hyperdesk.bench.store;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.RunSummary;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepRecord;
import io.hyperdesk.store.SqliteSweepStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures {@link SqliteSweepStore}: (1) metric ingest, enqueue to committed, in values/s;
 * (2) a sweep of 1,000 runs × 1,000 values: how long it takes to write, then {@code runSummaries}
 * (goal &lt; 1 s) and {@code loadSweep} (goal &lt; 2 s) on a freshly opened store (cold) and again
 * (warm). Run with {@code bench/store.sh}; results go to docs/bench/store.md by hand.
 *
 * <p>Arguments (optional): {@code [ingestValues] [runs] [valuesPerRun] [folder]}.
 */
public final class StoreBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final PrimaryMetric ACCURACY = new PrimaryMetric("accuracy", Goal.MAXIMIZE);

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int ingestValues = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int valuesPerRun = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path folder = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("hyperdesk-store-bench");
        System.out.printf("java %s, %d cores, load average %.1f, folder %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                folder);

        List<Double> rates = new ArrayList<>();
        for (int round = 1; round <= 5; round++) {
            rates.add(ingest(folder.resolve("ingest-" + round + ".db"), ingestValues, round));
        }
        Collections.sort(rates);
        System.out.printf("ingest: median %.0f values/s, best %.0f values/s over 5 rounds%n",
                rates.get(rates.size() / 2), rates.get(rates.size() - 1));

        syncLatency(folder.resolve("latency.db"), 2_000);

        Path big = folder.resolve("big.db");
        String sweepId = writeSweep(big, runs, valuesPerRun);
        System.out.printf("file size: %.1f MB%n", Files.size(big) / 1e6);
        readSweep(big, sweepId, runs, valuesPerRun);
        deleteTree(folder);
    }

    /** 100 runs log in turn, as a sweep with many concurrent runs does. */
    private static double ingest(Path file, int values, int round) {
        try (SqliteSweepStore store = SqliteSweepStore.open(file)) {
            int runs = 100;
            String sweepId = createSweep(store, runs);
            store.sync();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            for (int i = 0; i < values; i++) {
                store.recordMetric(sweepId + "_" + (i % runs), "accuracy", i / runs + 1, Math.random(), 1_700_000_000_000L + i);
            }
            long enqueued = System.nanoTime();
            store.sync();
            long committed = System.nanoTime();
            double rate = values / ((committed - start) / 1e9);
            System.out.printf("ingest round %d: %d values enqueued in %.1f ms, committed after %.1f ms: %.0f values/s "
                    + "(process CPU %.0f ms)%n", round, values, (enqueued - start) / 1e6, (committed - start) / 1e6, rate,
                    (processCpuNanos() - cpuStart) / 1e6);
            return rate;
        }
    }

    /** What a sweep does per metric line: one value, then sync() before the policy looks. */
    private static void syncLatency(Path file, int lines) {
        try (SqliteSweepStore store = SqliteSweepStore.open(file)) {
            String sweepId = createSweep(store, 1);
            store.sync();
            long start = System.nanoTime();
            for (int i = 1; i <= lines; i++) {
                store.recordMetric(sweepId + "_0", "accuracy", i, Math.random(), 1_700_000_000_000L + i);
                store.sync();
            }
            double micros = (System.nanoTime() - start) / 1e3 / lines;
            System.out.printf("one value + sync(), %d times: %.0f µs each (%.0f lines/s)%n", lines, micros, 1e6 / micros);
        }
    }

    private static String writeSweep(Path file, int runs, int valuesPerRun) {
        try (SqliteSweepStore store = SqliteSweepStore.open(file)) {
            long start = System.nanoTime();
            String sweepId = createSweep(store, runs);
            // runs log in turn (10 at a time), like a sweep with max_concurrent_runs = 10
            for (int group = 0; group < runs; group += 10) {
                for (int step = 1; step <= valuesPerRun; step++) {
                    for (int r = group; r < Math.min(runs, group + 10); r++) {
                        store.recordMetric(sweepId + "_" + r, "accuracy", step, Math.random(), 1_700_000_000_000L + step);
                    }
                }
                for (int r = group; r < Math.min(runs, group + 10); r++) {
                    store.recordRunState(sweepId + "_" + r, RunState.COMPLETED, Instant.now(), "", Optional.of(0));
                }
            }
            store.sync();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("wrote %d runs x %d values in %.2f s (%.0f values/s)%n", runs, valuesPerRun, seconds,
                    runs * (double) valuesPerRun / seconds);
            return sweepId;
        }
    }

    private static void readSweep(Path file, String sweepId, int runs, int valuesPerRun) {
        // "cold": the first reads of a freshly opened store; the first time also in a fresh JVM
        // (class loading, JIT), the second time in a JVM that has run the code before
        for (String jvm : List.of("JVM cold", "JVM warm")) {
            try (SqliteSweepStore store = SqliteSweepStore.open(file)) {
                time("fresh open, " + jvm + ": runSummaries", () -> check(store.runSummaries(sweepId, ACCURACY).size() == runs));
                time("fresh open, " + jvm + ": loadSweep", () ->
                        check(loadedValues(store.loadSweep(sweepId)) == (long) runs * valuesPerRun));
            }
        }
        try (SqliteSweepStore store = SqliteSweepStore.open(file)) {
            List<Double> summaries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                summaries.add(time(null, () -> {
                    List<RunSummary> s = store.runSummaries(sweepId, ACCURACY);
                    check(s.size() == runs && s.get(0).intervals() == valuesPerRun);
                }));
            }
            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                loads.add(time(null, () -> check(loadedValues(store.loadSweep(sweepId)) == (long) runs * valuesPerRun)));
            }
            System.out.printf("warm runSummaries: median %.1f ms, best %.1f ms%n", median(summaries), min(summaries));
            System.out.printf("warm loadSweep: median %.1f ms, best %.1f ms%n", median(loads), min(loads));
        }
    }

    private static String createSweep(SqliteSweepStore store, int runs) {
        String sweepId = "bench-" + System.nanoTime();
        store.createSweep(new SweepRecord(sweepId, "bench", "{}", Instant.now()));
        for (int r = 0; r < runs; r++) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("learning_rate", Math.random() / 10);
            parameters.put("batch_size", 32L);
            parameters.put("optimizer", "adam");
            store.createRun(new RunRecord(sweepId, sweepId + "_" + r, r, Configuration.of(parameters), Optional.empty(),
                    Instant.now()));
            store.recordRunState(sweepId + "_" + r, RunState.RUNNING, Instant.now(), "", Optional.empty());
        }
        return sweepId;
    }

    private static long loadedValues(Optional<StoredSweep> sweep) {
        return sweep.orElseThrow().runs().stream().mapToLong(r -> r.metrics().get("accuracy").intervals()).sum();
    }

    /** Wall time in ms; the label's line also shows CPU time: reads run on the calling thread. */
    private static double time(String label, Runnable action) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long processCpuStart = processCpuNanos();
        long start = System.nanoTime();
        action.run();
        double millis = (System.nanoTime() - start) / 1e6;
        if (label != null) {
            System.out.printf("%s: %.1f ms (CPU: %.1f ms this thread, %.1f ms the whole JVM with GC and JIT)%n", label,
                    millis, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6, (processCpuNanos() - processCpuStart) / 1e6);
        }
        return millis;
    }

    /** CPU time of the whole process: on a shared machine it tells load from cost. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("the store returned something else than was written");
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double min(List<Double> values) {
        return Collections.min(values);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
