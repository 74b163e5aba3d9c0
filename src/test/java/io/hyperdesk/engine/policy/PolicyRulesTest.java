package io.hyperdesk.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperdesk.engine.run.Goal;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    @Test
    void banditRuleForEachGoalAndSlackForm() {
        PolicySettings factor = new PolicySettings.Bandit(OptionalDouble.of(0.1), OptionalDouble.empty(), 1, 5);
        assertEquals("Bandit: at intervals 5, 6, 7, …, cancel a run whose best value so far is below the best "
                + "value of all runs at the same interval, divided by 1.1 (slack_factor 0.1; when that best is 0 or "
                + "negative, the slack is |best| × 0.1).", PolicyRules.describe(factor, Goal.MAXIMIZE));
        assertEquals("Bandit: at intervals 5, 6, 7, …, cancel a run whose best value so far is above the best "
                + "value of all runs at the same interval, multiplied by 1.1 (slack_factor 0.1; when that best is 0 "
                + "or negative, the slack is |best| × 0.1).", PolicyRules.describe(factor, Goal.MINIMIZE));
        PolicySettings amount = new PolicySettings.Bandit(OptionalDouble.empty(), OptionalDouble.of(0.05), 2, 5);
        assertEquals("Bandit: at intervals 6, 8, 10, …, cancel a run whose best value so far is worse than the "
                + "best value of all runs at the same interval, by more than 0.05 (slack_amount 0.05).",
                PolicyRules.describe(amount));
    }

    @Test
    void medianTruncationAndNoneRules() {
        assertEquals("Median stopping: at every interval, cancel a run whose best value so far is worse than the "
                        + "median of the other runs' average values over the same intervals.",
                PolicyRules.describe(new PolicySettings.MedianStopping(0, 0)));
        assertEquals("Truncation selection: at intervals 10, 15, 20, …, cancel a run whose best value so far "
                        + "ranks in the worst 20% of runs at the same interval (ties count against it; only running "
                        + "runs are ranked).",
                PolicyRules.describe(new PolicySettings.TruncationSelection(20, true, 5, 7)));
        assertEquals("No early termination: every run runs to the end.",
                PolicyRules.describe(new PolicySettings.None()));
    }
}
