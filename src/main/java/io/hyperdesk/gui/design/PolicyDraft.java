package io.hyperdesk.gui.design;

import java.util.Objects;

/**
 * The policy part of the settings form as typed: every field of every policy is kept, so switching
 * the type back and forth loses nothing; only the chosen type's fields are written.
 *
 * @param type                 the chosen policy
 * @param slackAmount          for bandit: true for {@code slack_amount}, false for {@code slack_factor}
 * @param slack                the slack value
 * @param evaluationInterval   {@code evaluation_interval}
 * @param delayEvaluation      {@code delay_evaluation}
 * @param truncationPercentage {@code truncation_percentage}
 * @param excludeFinishedRuns  {@code exclude_finished_runs}
 */
public record PolicyDraft(PolicyType type, boolean slackAmount, String slack, String evaluationInterval,
                          String delayEvaluation, String truncationPercentage, boolean excludeFinishedRuns) {

    public PolicyDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(evaluationInterval, "evaluationInterval");
        Objects.requireNonNull(delayEvaluation, "delayEvaluation");
        Objects.requireNonNull(truncationPercentage, "truncationPercentage");
    }

    /** No policy, with HyperDrive's usual values ready in the other fields. */
    public static PolicyDraft none() {
        return new PolicyDraft(PolicyType.NONE, false, "0.1", "1", "0", "10", false);
    }
}
