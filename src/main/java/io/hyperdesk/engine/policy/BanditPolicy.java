package io.hyperdesk.engine.policy;

import static io.hyperdesk.engine.policy.PolicyNumbers.format;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.SweepHistory;
import java.util.List;
import java.util.Objects;

/**
 * Bandit policy (SPEC T4): cancel a run whose best value within {@code 1..k} falls more than a
 * slack behind {@code B}, the best value within {@code 1..k} of all comparable runs, the judged
 * run included.
 *
 * <p>Maximize: cancel when {@code x < B / (1 + slack_factor)} or {@code x < B − slack_amount};
 * minimize: {@code x > B · (1 + slack_factor)} or {@code x > B + slack_amount}. The comparisons
 * are strict, so a run exactly at the threshold continues. When the ratio form meets
 * {@code B ≤ 0} the slack is {@code |B| · slack_factor} (SPEC T4, ours), so the threshold always
 * lies on the worse side of {@code B}.
 *
 * <p>Non-finite values rank worst (SPEC M5): a run whose values within {@code 1..k} are all
 * NaN is below any finite threshold and is canceled; when no comparable run has a finite value,
 * there is no threshold and nothing is decided. Stateless and thread-safe.
 */
public final class BanditPolicy implements EarlyTerminationPolicy {

    private final PolicySettings.Bandit settings;
    private final EvaluationSchedule schedule;
    private final boolean ratio;
    private final double slack;

    /** @throws IllegalArgumentException unless exactly one slack is given and it is finite and > 0 */
    public BanditPolicy(PolicySettings.Bandit settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        boolean hasFactor = settings.slackFactor().isPresent();
        boolean hasAmount = settings.slackAmount().isPresent();
        if (hasFactor == hasAmount) {
            throw new IllegalArgumentException("policy: a bandit policy needs exactly one of slack_factor and "
                    + "slack_amount, e.g. \"slack_factor\": 0.1");
        }
        this.ratio = hasFactor;
        this.slack = hasFactor ? settings.slackFactor().getAsDouble() : settings.slackAmount().getAsDouble();
        if (!(slack > 0) || Double.isInfinite(slack)) {
            throw new IllegalArgumentException("policy." + slackName() + ": must be a number above 0, got "
                    + slack + "; e.g. 0.1");
        }
        this.schedule = new EvaluationSchedule(settings.evaluationInterval(), settings.delayEvaluation());
    }

    @Override
    public Decision evaluate(SweepHistory history, RunSnapshot run) {
        int k = run.primary().intervals();
        if (!schedule.appliesAt(k)) {
            return Decision.continueRun(); // SPEC T1, and T2 for k = 0
        }
        Goal goal = history.goal();
        double x = run.primary().bestWithin(k, goal);
        double best = x;
        List<RunSnapshot> comparable = ComparableRuns.at(history, run, k, true);
        for (RunSnapshot other : comparable) {
            best = goal.better(best, other.primary().bestWithin(k, goal));
        }
        if (!Double.isFinite(best)) {
            return Decision.continueRun(); // no finite value anywhere: no threshold to miss
        }
        double threshold = threshold(best, goal);
        if (!goal.isBetter(threshold, x)) {
            return Decision.continueRun();
        }
        return Decision.cancel("Bandit policy (" + slackName() + " " + format(slack) + ") at interval " + k + ": "
                + PolicyText.best(x) + " is " + (goal == Goal.MAXIMIZE ? "below" : "above") + " the threshold "
                + format(threshold) + " (best of " + (comparable.size() + 1) + " runs "
                + thresholdFormula(best, goal) + ")");
    }

    /** The value a run must not fall behind; on the worse side of {@code best} for either goal. */
    private double threshold(double best, Goal goal) {
        double sign = goal == Goal.MAXIMIZE ? -1 : 1;
        if (!ratio) {
            return best + sign * slack;
        }
        if (best <= 0) {
            return best + sign * Math.abs(best) * slack; // SPEC T4 (ours): the slack is |B|·factor
        }
        return goal == Goal.MAXIMIZE ? best / (1 + slack) : best * (1 + slack);
    }

    private String thresholdFormula(double best, Goal goal) {
        String sign = goal == Goal.MAXIMIZE ? " - " : " + ";
        if (!ratio) {
            return format(best) + sign + format(slack);
        }
        if (best <= 0) {
            return format(best) + sign + "|" + format(best) + "| × " + format(slack);
        }
        return format(best) + (goal == Goal.MAXIMIZE ? " / " : " × ") + format(1 + slack);
    }

    private String slackName() {
        return ratio ? "slack_factor" : "slack_amount";
    }

    public PolicySettings.Bandit settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "bandit(" + slackName() + " " + format(slack) + ", " + schedule + ")";
    }
}
