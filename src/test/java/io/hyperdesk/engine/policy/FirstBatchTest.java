package io.hyperdesk.engine.policy;

import static io.hyperdesk.engine.policy.Histories.history;
import static io.hyperdesk.engine.policy.Histories.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC T8: the first runs usually finish uncanceled, because a run is only compared with runs
 * that already reached its interval. Two runs start together; the leader always logs interval k
 * before the follower does, so whenever the leader is judged nobody else has reached k: it is
 * never canceled, however poor its values, while the follower is judged against it.
 */
class FirstBatchTest {

    static Stream<PolicySettings> policies() {
        return Stream.of(
                new PolicySettings.Bandit(OptionalDouble.of(0.1), OptionalDouble.empty(), 1, 0),
                new PolicySettings.Bandit(OptionalDouble.empty(), OptionalDouble.of(0.01), 1, 0),
                new PolicySettings.MedianStopping(1, 0),
                new PolicySettings.TruncationSelection(50, false, 1, 0),
                new PolicySettings.TruncationSelection(99, true, 1, 0));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void theLeaderOfTheFirstBatchIsNeverCanceled(PolicySettings settings) {
        EarlyTerminationPolicy policy = Policies.create(settings);
        double[] leader = {0.1, 0.11, 0.12, 0.13, 0.14, 0.15};
        double[] follower = {0.9, 0.91, 0.92, 0.93, 0.94, 0.95};
        boolean followerCanceled = false;
        for (int k = 1; k <= leader.length && !followerCanceled; k++) {
            RunSnapshot leaderRun = snapshot(0, leader, k);
            RunSnapshot followerRun = snapshot(1, follower, k - 1);
            // the rest of the sweep is still queued
            List<RunSnapshot> others = List.of(followerRun, run(2, RunState.QUEUED), run(3, RunState.QUEUED));
            Decision decision = policy.evaluate(history(Goal.MAXIMIZE, others, List.of(), leaderRun), leaderRun);
            assertFalse(decision.cancel(), "leader at interval " + k + ": " + decision.reason());
            followerRun = snapshot(1, follower, k);
            followerCanceled = policy.evaluate(history(Goal.MAXIMIZE, List.of(leaderRun), List.of(), followerRun),
                    followerRun).cancel();
        }
        assertFalse(followerCanceled, "the better follower continues too");
    }

    @ParameterizedTest
    @MethodSource("policies")
    void theFollowerIsComparedWithTheLeader(PolicySettings settings) {
        EarlyTerminationPolicy policy = Policies.create(settings);
        RunSnapshot leader = snapshot(0, new double[] {0.9}, 1);
        RunSnapshot follower = snapshot(1, new double[] {0.1}, 1);
        assertTrue(policy.evaluate(history(Goal.MAXIMIZE, List.of(leader), List.of(), follower), follower).cancel());
    }

    private static RunSnapshot snapshot(int number, double[] values, int k) {
        MetricSeries.Appender appender = new MetricSeries.Appender();
        for (int i = 0; i < k; i++) {
            appender.append(values[i], i);
        }
        return new RunSnapshot("s", "s_" + number, number, Configuration.of(Map.of("n", (long) number)),
                RunState.RUNNING, appender.snapshot(), Optional.empty(), Optional.empty());
    }
}
