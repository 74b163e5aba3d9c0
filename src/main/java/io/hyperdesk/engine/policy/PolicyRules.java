package io.hyperdesk.engine.policy;

import static io.hyperdesk.engine.policy.PolicyNumbers.format;

import io.hyperdesk.engine.run.Goal;
import java.util.Objects;

/**
 * Plain-language texts about policies for the GUI's help and tooltips: one line per configured
 * policy, and the explanation of SPEC T8. Pure functions; call from any thread.
 */
public final class PolicyRules {

    /**
     * SPEC T8: why the first runs of a sweep usually finish uncanceled. Every policy compares a
     * run only with runs that already reached the same interval (SPEC T3).
     */
    public static final String FIRST_BATCH_EXPLANATION = "The first runs of a sweep usually finish uncanceled: "
            + "a policy compares a run only with runs that have already reached the same interval, and at the "
            + "start there are few or none to compare with yet. This is expected, not a fault.";

    private PolicyRules() {
    }

    /** The rule in one line, for either goal. */
    public static String describe(PolicySettings settings) {
        return describe(settings, null);
    }

    /** The rule in one line, worded for {@code goal} ("below"/"above"). */
    public static String describe(PolicySettings settings, Goal goal) {
        Objects.requireNonNull(settings, "settings");
        if (settings instanceof PolicySettings.Bandit bandit) {
            return describeBandit(bandit, goal);
        }
        if (settings instanceof PolicySettings.MedianStopping median) {
            return "Median stopping: " + schedule(median.evaluationInterval(), median.delayEvaluation())
                    + ", cancel a run whose best value so far is worse than the median of the other runs' "
                    + "average values over the same intervals.";
        }
        if (settings instanceof PolicySettings.TruncationSelection truncation) {
            return "Truncation selection: " + schedule(truncation.evaluationInterval(), truncation.delayEvaluation())
                    + ", cancel a run whose best value so far ranks in the worst " + truncation.truncationPercentage()
                    + "% of runs at the same interval (ties count against it; "
                    + (truncation.excludeFinishedRuns() ? "only running runs are ranked" : "finished runs are ranked too")
                    + ").";
        }
        return "No early termination: every run runs to the end.";
    }

    /**
     * A short name with the settings, for lists and reports, e.g. "Bandit (slack_factor 0.1,
     * evaluation_interval 1, delay_evaluation 5)" or "Truncation selection (20%, exclude_finished_runs, …)".
     */
    public static String label(PolicySettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings instanceof PolicySettings.Bandit bandit) {
            String slack = bandit.slackFactor().isPresent()
                    ? "slack_factor " + format(bandit.slackFactor().getAsDouble())
                    : "slack_amount " + format(bandit.slackAmount().orElse(Double.NaN));
            return "Bandit (" + slack + ", " + scheduleLabel(bandit.evaluationInterval(), bandit.delayEvaluation()) + ")";
        }
        if (settings instanceof PolicySettings.MedianStopping median) {
            return "Median stopping (" + scheduleLabel(median.evaluationInterval(), median.delayEvaluation()) + ")";
        }
        if (settings instanceof PolicySettings.TruncationSelection truncation) {
            return "Truncation selection (" + truncation.truncationPercentage() + "%, "
                    + (truncation.excludeFinishedRuns() ? "exclude_finished_runs, " : "")
                    + scheduleLabel(truncation.evaluationInterval(), truncation.delayEvaluation()) + ")";
        }
        return "No policy";
    }

    private static String scheduleLabel(int evaluationInterval, int delayEvaluation) {
        return new EvaluationSchedule(evaluationInterval, delayEvaluation).toString();
    }

    private static String describeBandit(PolicySettings.Bandit bandit, Goal goal) {
        String schedule = schedule(bandit.evaluationInterval(), bandit.delayEvaluation());
        String worse = goal == null ? "worse than" : goal == Goal.MAXIMIZE ? "below" : "above";
        String prefix = "Bandit: " + schedule + ", cancel a run whose best value so far is " + worse
                + " the best value of all runs at the same interval, ";
        if (bandit.slackAmount().isPresent()) {
            String amount = format(bandit.slackAmount().getAsDouble());
            String op = goal == null ? "by more than " : goal == Goal.MAXIMIZE ? "minus " : "plus ";
            return prefix + op + amount + " (slack_amount " + amount + ").";
        }
        double factor = bandit.slackFactor().orElse(Double.NaN);
        String ratio = goal == null
                ? "by more than a factor of " + format(1 + factor) + " (divided when maximizing, multiplied when minimizing)"
                : (goal == Goal.MAXIMIZE ? "divided by " : "multiplied by ") + format(1 + factor);
        return prefix + ratio + " (slack_factor " + format(factor) + "; when that best is 0 or negative, "
                + "the slack is |best| × " + format(factor) + ").";
    }

    private static String schedule(int evaluationInterval, int delayEvaluation) {
        return new EvaluationSchedule(evaluationInterval, delayEvaluation).describe();
    }
}
