package io.hyperdesk.gui.design;

import io.hyperdesk.engine.policy.PolicyRules;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.Goal;
import java.util.OptionalDouble;

/**
 * The one-line rule of the chosen policy (SPEC §4) for the help text under the policy fields,
 * worded for the goal. Fields that do not read as numbers yet fall back to HyperDrive's defaults:
 * the line explains the policy while the problems list says what to fix.
 */
final class PolicyRuleText {

    private PolicyRuleText() {
    }

    static String of(PolicyDraft policy, Goal goal) {
        return PolicyRules.describe(settings(policy), goal);
    }

    static PolicySettings settings(PolicyDraft policy) {
        int interval = (int) number(policy.evaluationInterval(), 1);
        int delay = (int) number(policy.delayEvaluation(), policy.type().defaultDelay());
        switch (policy.type()) {
            case BANDIT: {
                OptionalDouble slack = OptionalDouble.of(number(policy.slack(), 0.1));
                return policy.slackAmount()
                        ? new PolicySettings.Bandit(OptionalDouble.empty(), slack, interval, delay)
                        : new PolicySettings.Bandit(slack, OptionalDouble.empty(), interval, delay);
            }
            case MEDIAN_STOPPING:
                return new PolicySettings.MedianStopping(interval, delay);
            case TRUNCATION_SELECTION:
                return new PolicySettings.TruncationSelection((int) number(policy.truncationPercentage(), 10),
                        policy.excludeFinishedRuns(), interval, delay);
            default:
                return new PolicySettings.None();
        }
    }

    private static double number(String text, double fallback) {
        return NaturalNumbers.parse(text).orElse(fallback);
    }
}
