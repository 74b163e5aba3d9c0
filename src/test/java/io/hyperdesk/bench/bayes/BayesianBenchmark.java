package io.hyperdesk.bench.bayes;

import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.sampling.bayesian.BayesianSampler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Simple-regret benchmark of HyperDesk's samplers on Branin and Hartmann-6 (see
 * docs/bench/bayesian.md). Writes one CSV row per method, function and seed:
 * {@code method,function,seed,regret_25,regret_50,regret_100,median_ms}.
 *
 * <p>Usage: {@code BayesianBenchmark [--seeds 10] [--budget 100] [--threads 2]
 * [--methods hyperdesk-random,hyperdesk-bayesian,hyperdesk-bayesian-c4] [--functions branin,hartmann6]
 * [--out results.csv]}
 */
public final class BayesianBenchmark {

    private BayesianBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = 10;
        int budget = 100;
        int threads = 2;
        List<String> methods = List.of("hyperdesk-random", "hyperdesk-bayesian", "hyperdesk-bayesian-c4");
        List<String> functions = List.of("branin", "hartmann6");
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--seeds" -> seeds = Integer.parseInt(value);
                case "--budget" -> budget = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--methods" -> methods = Arrays.asList(value.split(","));
                case "--functions" -> functions = Arrays.asList(value.split(","));
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> rows = new ArrayList<>();
        for (String method : methods) {
            for (String name : functions) {
                for (int seed = 0; seed < seeds; seed++) {
                    int s = seed;
                    int b = budget;
                    rows.add(pool.submit(() -> row(method, TestFunction.byName(name), s, b)));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("method,function,seed,regret_25,regret_50,regret_100,median_ms");
        for (Future<String> row : rows) {
            String line = row.get();
            lines.add(line);
            System.err.println(line);
        }
        pool.shutdown();
        write(lines, out);
    }

    private static String row(String method, TestFunction function, int seed, int budget) {
        Sampler sampler = switch (method) {
            case "hyperdesk-random" -> new UniformRandomSampler(function.space(), seed);
            case "hyperdesk-bayesian", "hyperdesk-bayesian-c4" -> new BayesianSampler(function.space(), OptionalLong.of(seed));
            default -> throw new IllegalArgumentException("unknown method " + method);
        };
        int concurrency = method.endsWith("-c4") ? 4 : 1;
        OptimisationLoop.Trace trace = OptimisationLoop.run(sampler, function, budget, concurrency);
        double[] latency = trace.latencyMillis().clone();
        Arrays.sort(latency);
        return String.format(Locale.ROOT, "%s,%s,%d,%.6g,%.6g,%.6g,%.1f", method, function.name(), seed,
                trace.regretAt(25, function.optimum()), trace.regretAt(50, function.optimum()),
                trace.regretAt(100, function.optimum()), latency[latency.length / 2]);
    }

    private static void write(List<String> lines, Path out) throws IOException {
        if (out == null) {
            lines.forEach(System.err::println);
            return;
        }
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            lines.forEach(writer::println);
        }
    }
}
