package io.hyperdesk.bench;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.sampling.RandomSampler;
import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.sampling.SobolSampler;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.ExpressionParser;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * Configurations per second for random and Sobol sampling of a 10-parameter mixed space.
 * Run with bench/sampling.sh; prints a Markdown table. Not a unit test.
 */
public final class SamplingBenchmark {

    private static final String[][] SPACE = {
        {"learning_rate", "loguniform(-9.2, -2.3)"},
        {"batch_size", "choice(16, 32, 64, 128)"},
        {"hidden_layers", "choice(range(1, 5))"},
        {"activation", "choice(\"relu\", \"tanh\", \"gelu\")"},
        {"dropout", "uniform(0.05, 0.5)"},
        {"weight_decay", "loguniform(-12, -4)"},
        {"units", "quniform(32, 512, 32)"},
        {"momentum", "normal(0.9, 0.02)"},
        {"epochs", "randint(50)"},
        {"warmup", "qnormal(10, 3, 0.5)"},
    };

    private static final PrimaryMetric METRIC = new PrimaryMetric("accuracy", Goal.MAXIMIZE);

    private SamplingBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Parameter> parameters = new ArrayList<>();
        for (String[] entry : SPACE) {
            parameters.add(new Parameter(entry[0], ExpressionParser.parse(entry[0], entry[1]).orElseThrow()));
        }
        SearchSpace space = new SearchSpace(parameters);
        RandomSampler random = new RandomSampler(space, OptionalLong.of(42));
        SobolSampler sobol = new SobolSampler(space, OptionalLong.of(42));
        // next(history) reads only the history's size outside all-choice spaces; a sweep's
        // largest history (max_total_runs 1000) shows that it costs nothing extra.
        List<RunSnapshot> runs = new ArrayList<>();
        for (int n = 0; n < 999; n++) {
            runs.add(new RunSnapshot("bench", "bench_" + n, n, random.draw(n), RunState.COMPLETED, MetricSeries.empty(),
                    Optional.empty(), Optional.empty()));
        }
        SweepHistory history = new SweepHistory(METRIC, runs, List.of());

        System.out.println("| sampler | configurations | best of " + rounds + " (ms) | configurations/s |");
        System.out.println("|---|---:|---:|---:|");
        report("random draw(n)", random::draw, count, rounds);
        report("random next(history of 999 runs)", n -> random.next(history).orElseThrow(), count, rounds);
        report("sobol draw(n)", sobol::draw, count, rounds);
        report("sobol next(history of 999 runs)", n -> sobol.next(history).orElseThrow(), count, rounds);

        // SPEC S3: without replacement on all-choice spaces, a whole sweep of suggestions, each
        // given the history so far (as the sweep does).
        System.out.println();
        System.out.println("| without replacement (SPEC S3) | runs | best of " + rounds + " (ms) | per suggestion (µs) |");
        System.out.println("|---|---:|---:|---:|");
        SearchSpace big = choices(10, 4);
        SearchSpace small = choices(3, 10);
        drainReport("random, 10 choices of 4 (1,048,576 configurations)", new RandomSampler(big, OptionalLong.of(1)), 1000, rounds);
        drainReport("sobol, 10 choices of 4 (1,048,576 configurations)", new SobolSampler(big, OptionalLong.of(1)), 1000, rounds);
        drainReport("random, 3 choices of 10 (1,000 configurations, exhausted)", new RandomSampler(small, OptionalLong.of(1)), 1000, rounds);
        drainReport("sobol, 3 choices of 10 (1,000 configurations, exhausted)", new SobolSampler(small, OptionalLong.of(1)), 1000, rounds);
    }

    private static SearchSpace choices(int parameters, int values) {
        List<Parameter> list = new ArrayList<>();
        for (int i = 0; i < parameters; i++) {
            list.add(new Parameter("p" + i, ExpressionParser.parse("p" + i, "choice(range(0, " + values + "))").orElseThrow()));
        }
        return new SearchSpace(list);
    }

    private static void drainReport(String name, Sampler sampler, int runs, int rounds) {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < rounds + 2; round++) {
            long start = System.nanoTime();
            List<RunSnapshot> history = new ArrayList<>();
            for (int n = 0; n < runs; n++) {
                Configuration next = sampler.next(new SweepHistory(METRIC, history, List.of())).orElseThrow();
                history.add(new RunSnapshot("bench", "bench_" + n, n, next, RunState.COMPLETED, MetricSeries.empty(),
                        Optional.empty(), Optional.empty()));
            }
            if (sampler.next(new SweepHistory(METRIC, history, List.of())).isPresent() && runs == 1000 && name.contains("exhausted")) {
                throw new AssertionError("space should be exhausted");
            }
            if (round >= 2) {
                best = Math.min(best, System.nanoTime() - start);
            }
        }
        System.out.printf("| %s | %,d | %.1f | %.1f |%n", name, runs, best / 1e6, best / 1e3 / runs);
    }

    private static void report(String name, LongFunction<Configuration> sample, int count, int rounds) {
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            sink += run(sample, count);
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            sink += run(sample, count);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("| %s | %,d | %.1f | %,.0f |%n", name, count, best / 1e6, count / (best / 1e9));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long run(LongFunction<Configuration> sample, int count) {
        long hash = 0;
        for (int n = 0; n < count; n++) {
            hash += sample.apply(n).get("learning_rate").hashCode();
        }
        return hash;
    }
}
