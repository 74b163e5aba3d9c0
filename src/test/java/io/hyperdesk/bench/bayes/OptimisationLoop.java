package io.hyperdesk.bench.bayes;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.space.Configuration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Drives a {@link Sampler} through its public API the way a sweep does: build the
 * {@link SweepHistory}, ask for the next configuration, evaluate it, record the run as completed,
 * repeat. With {@code concurrency > 1} that many runs are kept going; the oldest finishes first.
 */
final class OptimisationLoop {

    /** Best value after each evaluation (in completion order) and each suggestion's latency. */
    record Trace(double[] bestSoFar, double[] latencyMillis) {

        /** Simple regret after {@code evaluations} evaluations. */
        double regretAt(int evaluations, double optimum) {
            return bestSoFar[Math.min(evaluations, bestSoFar.length) - 1] - optimum;
        }
    }

    private static final PrimaryMetric METRIC = new PrimaryMetric("value", Goal.MINIMIZE);

    private OptimisationLoop() {
    }

    static Trace run(Sampler sampler, TestFunction function, int budget, int concurrency) {
        List<RunSnapshot> runs = new ArrayList<>();
        Deque<Integer> going = new ArrayDeque<>();
        double[] best = new double[budget];
        double[] latency = new double[budget];
        double incumbent = Double.POSITIVE_INFINITY;
        int completed = 0;
        while (completed < budget) {
            while (going.size() < concurrency && runs.size() < budget) {
                SweepHistory history = new SweepHistory(METRIC, runs, List.of());
                long start = System.nanoTime();
                Optional<Configuration> next = sampler.next(history);
                latency[runs.size()] = (System.nanoTime() - start) / 1e6;
                Configuration configuration = next.orElseThrow(() -> new IllegalStateException("space exhausted"));
                int number = runs.size();
                runs.add(snapshot(number, configuration, RunState.RUNNING, MetricSeries.empty()));
                going.addLast(number);
            }
            int number = going.removeFirst();
            RunSnapshot run = runs.get(number);
            double value = function.evaluate(run.parameters());
            runs.set(number, snapshot(number, run.parameters(), RunState.COMPLETED, MetricSeries.of(value)));
            incumbent = Math.min(incumbent, value);
            best[completed++] = incumbent;
        }
        return new Trace(best, latency);
    }

    static RunSnapshot snapshot(int number, Configuration configuration, RunState state, MetricSeries series) {
        return new RunSnapshot("bench", "bench_" + number, number, configuration, state, series,
                Optional.of(Instant.EPOCH), state.isTerminal() ? Optional.of(Instant.EPOCH) : Optional.empty());
    }
}
