package io.hyperdesk.engine.policy;

import static io.hyperdesk.engine.policy.PolicyNumbers.format;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.SweepHistory;
import java.util.List;
import java.util.Objects;

/**
 * Median stopping (SPEC T5, ours, as Ray Tune): cancel a run whose best value within
 * {@code 1..k} is strictly worse than the median of the comparators' running averages, each the
 * mean of that run's values {@code 1..k}. The comparators are the other runs that reached
 * {@code k} — running or finished, in any terminal state — and the runs of {@code resume_from}
 * sweeps. No comparators: no decision.
 *
 * <p>A running average is {@code MetricSeries.meanWithin(k)}, the mean of the finite values
 * (SPEC M5 keeps non-finite values out of means); a comparator with no finite value within
 * {@code 1..k} has no average and ranks worst in the median. With an even number of comparators
 * the median is the mean of the two middle averages; when the middle reaches a comparator without
 * an average the median is undefined and nothing is canceled. A judged run without a finite value
 * is worse than any finite median and is canceled. Stateless and thread-safe.
 */
public final class MedianStoppingPolicy implements EarlyTerminationPolicy {

    private final PolicySettings.MedianStopping settings;
    private final EvaluationSchedule schedule;

    public MedianStoppingPolicy(PolicySettings.MedianStopping settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.schedule = new EvaluationSchedule(settings.evaluationInterval(), settings.delayEvaluation());
    }

    @Override
    public Decision evaluate(SweepHistory history, RunSnapshot run) {
        int k = run.primary().intervals();
        if (!schedule.appliesAt(k)) {
            return Decision.continueRun(); // SPEC T1, and T2 for k = 0
        }
        List<RunSnapshot> comparators = ComparableRuns.at(history, run, k, true);
        if (comparators.isEmpty()) {
            return Decision.continueRun(); // SPEC T5: no comparators, no decision
        }
        Goal goal = history.goal();
        double median = medianOfAverages(comparators, k, goal);
        double x = run.primary().bestWithin(k, goal);
        if (!goal.isBetter(median, x)) {
            return Decision.continueRun(); // strictly worse only; a NaN median cancels nothing
        }
        int count = comparators.size();
        return Decision.cancel("Median stopping at interval " + k + ": " + PolicyText.best(x)
                + " is worse than the median " + format(median) + " of " + count
                + (count == 1 ? " run's running average" : " runs' running averages"));
    }

    /** The median, ordering averages worst to best with the missing ones (NaN) worst. */
    private static double medianOfAverages(List<RunSnapshot> comparators, int k, Goal goal) {
        double[] averages = new double[comparators.size()];
        for (int i = 0; i < averages.length; i++) {
            averages[i] = comparators.get(i).primary().meanWithin(k);
        }
        return new WorstFirst(averages, averages.length, goal).median();
    }

    public PolicySettings.MedianStopping settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "median_stopping(" + schedule + ")";
    }
}
