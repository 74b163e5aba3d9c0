package io.hyperdesk.engine.policy;

import java.util.OptionalDouble;

/**
 * An early-termination policy as configured in sweep.json ({@code policy}), SPEC §4. Validation of
 * the values happens in the config layer; these records only carry them.
 */
public sealed interface PolicySettings {

    /** The {@code type} in sweep.json. */
    String type();

    /** SPEC T7: no policy. */
    record None() implements PolicySettings {
        @Override
        public String type() {
            return "none";
        }
    }

    /** SPEC T4: exactly one of {@code slackFactor} and {@code slackAmount} is present. */
    record Bandit(OptionalDouble slackFactor, OptionalDouble slackAmount,
                  int evaluationInterval, int delayEvaluation) implements PolicySettings {
        @Override
        public String type() {
            return "bandit";
        }
    }

    /** SPEC T5. */
    record MedianStopping(int evaluationInterval, int delayEvaluation) implements PolicySettings {
        @Override
        public String type() {
            return "median_stopping";
        }
    }

    /** SPEC T6: {@code truncationPercentage} in 1..99. */
    record TruncationSelection(int truncationPercentage, boolean excludeFinishedRuns,
                               int evaluationInterval, int delayEvaluation) implements PolicySettings {
        @Override
        public String type() {
            return "truncation_selection";
        }
    }
}
