package io.hyperdesk.engine.policy.replay;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import java.util.List;
import java.util.Optional;

/** SPEC M4 over recorded runs, each counted with its first {@code intervals[i]} values. */
final class BestRuns {

    private BestRuns() {
    }

    /**
     * The run with the best score; ties go to the run that logged it first (then the lower run
     * number); runs without a finite value are not eligible (M4, M5).
     */
    static Optional<BestRun> of(List<ReplayRun> runs, int[] intervals, Goal goal) {
        BestRun best = null;
        for (int i = 0; i < runs.size(); i++) {
            ReplayRun run = runs.get(i);
            MetricSeries series = run.primary();
            double score = series.bestWithin(intervals[i], goal);
            if (Double.isNaN(score)) {
                continue;
            }
            int reached = firstIntervalOf(series, score, intervals[i]);
            BestRun candidate = new BestRun(run.runId(), run.number(), score, reached, series.timeAt(reached));
            if (best == null || isBetter(candidate, best, goal)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isBetter(BestRun a, BestRun b, Goal goal) {
        if (goal.isBetter(a.score(), b.score())) {
            return true;
        }
        if (goal.isBetter(b.score(), a.score())) {
            return false;
        }
        if (a.reachedAtMillis() != b.reachedAtMillis()) {
            return a.reachedAtMillis() < b.reachedAtMillis();
        }
        return a.number() < b.number();
    }

    private static int firstIntervalOf(MetricSeries series, double score, int intervals) {
        for (int interval = 1; interval <= intervals; interval++) {
            if (series.valueAt(interval) == score) {
                return interval;
            }
        }
        throw new IllegalStateException("score " + score + " not among the first " + intervals + " values");
    }
}
