package io.hyperdesk.engine.policy;

import static io.hyperdesk.engine.policy.PolicyNumbers.format;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.SweepHistory;
import java.util.List;
import java.util.Objects;

/**
 * Truncation selection (SPEC T6): the set is the judged run plus the comparable runs (finished
 * ones too, unless {@code exclude_finished_runs}), each scored by its best value within
 * {@code 1..k}. Sorted worst to best, the bottom {@code floor(size × percentage / 100)} are cut;
 * the judged run is canceled when it is among them, ties counting against it. A cut of 0
 * cancels nothing.
 *
 * <p>"Ties count against it" means the judged run is placed below every run with the same score,
 * so it survives only when at least {@code cut} runs are strictly worse. Non-finite values rank
 * worst (SPEC M5) and tie with each other. "Finished" means any terminal state; the runs of
 * {@code resume_from} sweeps are finished, so {@code exclude_finished_runs} leaves them out too.
 * Stateless and thread-safe.
 */
public final class TruncationSelectionPolicy implements EarlyTerminationPolicy {

    private final PolicySettings.TruncationSelection settings;
    private final EvaluationSchedule schedule;

    /** @throws IllegalArgumentException unless the truncation percentage is in 1..99 */
    public TruncationSelectionPolicy(PolicySettings.TruncationSelection settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        int percentage = settings.truncationPercentage();
        if (percentage < 1 || percentage > 99) {
            throw new IllegalArgumentException("policy.truncation_percentage: must be an integer from 1 to 99, got "
                    + percentage + "; e.g. 20 cancels runs in the bottom 20%");
        }
        this.schedule = new EvaluationSchedule(settings.evaluationInterval(), settings.delayEvaluation());
    }

    @Override
    public Decision evaluate(SweepHistory history, RunSnapshot run) {
        int k = run.primary().intervals();
        if (!schedule.appliesAt(k)) {
            return Decision.continueRun(); // SPEC T1, and T2 for k = 0
        }
        List<RunSnapshot> others = ComparableRuns.at(history, run, k, !settings.excludeFinishedRuns());
        int size = others.size() + 1;
        int cut = (int) ((long) size * settings.truncationPercentage() / 100);
        if (cut == 0) {
            return Decision.continueRun();
        }
        Goal goal = history.goal();
        double x = run.primary().bestWithin(k, goal);
        int strictlyWorse = 0;
        for (RunSnapshot other : others) {
            if (goal.isBetter(x, other.primary().bestWithin(k, goal))) {
                strictlyWorse++;
            }
        }
        if (strictlyWorse >= cut) {
            return Decision.continueRun();
        }
        int rankFromBest = size - strictlyWorse;
        double line = cutLine(others, k, goal, cut);
        String toStay = Double.isFinite(line) ? "to stay it must beat " + format(line) : "to stay it needs a finite value";
        return Decision.cancel("Truncation selection (" + settings.truncationPercentage() + "%"
                + (settings.excludeFinishedRuns() ? ", finished runs excluded" : "") + ") at interval " + k + ": "
                + PolicyText.best(x) + " ranks " + rankFromBest + " of " + size + " by best value, in the bottom "
                + cut + " (" + toStay + ")");
    }

    /**
     * The score the judged run must beat to stay: the {@code cut}-th worst of the other runs'
     * scores. Only computed for a cancel, so its O(n log n) sort is off the common path.
     */
    private static double cutLine(List<RunSnapshot> others, int k, Goal goal, int cut) {
        double[] scores = new double[others.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = others.get(i).primary().bestWithin(k, goal);
        }
        return new WorstFirst(scores, scores.length, goal).at(cut - 1);
    }

    public PolicySettings.TruncationSelection settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "truncation_selection(" + settings.truncationPercentage() + "%, exclude_finished_runs "
                + settings.excludeFinishedRuns() + ", " + schedule + ")";
    }
}
