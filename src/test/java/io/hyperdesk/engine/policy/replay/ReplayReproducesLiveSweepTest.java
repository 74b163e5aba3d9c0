package io.hyperdesk.engine.policy.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.policy.Policies;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Replaying a sweep under the policy it ran with reproduces its cancellations exactly: same
 * runs, same intervals, same reasons. Sweeps are random but seeded, with overlapping runs, values
 * logged in the same millisecond, failed runs, NaN values and parent runs.
 */
class ReplayReproducesLiveSweepTest {

    static final List<PolicySettings> POLICIES = List.of(
            new PolicySettings.Bandit(OptionalDouble.of(0.1), OptionalDouble.empty(), 1, 0),
            new PolicySettings.Bandit(OptionalDouble.of(0.2), OptionalDouble.empty(), 2, 3),
            new PolicySettings.Bandit(OptionalDouble.empty(), OptionalDouble.of(0.05), 1, 1),
            new PolicySettings.MedianStopping(1, 0),
            new PolicySettings.MedianStopping(2, 2),
            new PolicySettings.TruncationSelection(30, false, 1, 0),
            new PolicySettings.TruncationSelection(50, true, 1, 1),
            new PolicySettings.TruncationSelection(20, false, 3, 1));

    @Test
    void sameCancellationsForEveryPolicyGoalAndSeed() {
        int totalCancels = 0;
        for (long seed = 1; seed <= 25; seed++) {
            for (Goal goal : Goal.values()) {
                PrimaryMetric metric = new PrimaryMetric("m", goal);
                Random random = new Random(seed);
                List<LiveSweepSimulator.Plan> plans = plans(random);
                List<RunSnapshot> parents = random.nextBoolean()
                        ? List.of(Recorded.parent(0, 0.3, 0.5, 0.6), Recorded.parent(1, 0.7, 0.2, 0.9, 0.4))
                        : List.of();
                for (PolicySettings settings : POLICIES) {
                    LiveSweepSimulator.Result live = LiveSweepSimulator.run(plans, metric, parents,
                            Policies.create(settings), 3);
                    ReplayReport replay = PolicyReplay.replay(
                            new ReplaySweep("s", metric, live.recorded(), parents), settings);
                    List<String> expected = live.cancels().stream()
                            .map(c -> c.runId() + "@" + c.interval() + " " + c.reason()).collect(Collectors.toList());
                    List<String> actual = replay.cancels().stream()
                            .map(c -> c.runId() + "@" + c.interval() + " " + c.reason()).collect(Collectors.toList());
                    assertEquals(expected, actual, "seed " + seed + ", " + goal + ", " + settings);
                    totalCancels += expected.size();
                }
            }
        }
        assertTrue(totalCancels > 200, "the sweeps exercise cancels: " + totalCancels);
    }

    /** 6–15 runs starting in overlapping waves, values on a 10 ms grid so that times collide. */
    static List<LiveSweepSimulator.Plan> plans(Random random) {
        int count = 6 + random.nextInt(10);
        List<LiveSweepSimulator.Plan> plans = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            long start = 1000 + 10L * random.nextInt(3 * n + 1);
            int length = 1 + random.nextInt(8);
            long[] times = new long[length];
            double[] values = new double[length];
            double quality = random.nextDouble();
            long time = start;
            for (int i = 0; i < length; i++) {
                time += 10L * (1 + random.nextInt(3));
                times[i] = time;
                double value = quality * (1 - Math.exp(-(i + 1) / 3.0)) + 0.05 * random.nextGaussian();
                values[i] = random.nextInt(25) == 0 ? Double.NaN : Math.round(value * 100) / 100.0;
            }
            long end = time + 10L * random.nextInt(2);
            RunState state = random.nextInt(10) == 0 ? RunState.FAILED : RunState.COMPLETED;
            plans.add(new LiveSweepSimulator.Plan(n, start, times, values, end, state));
        }
        return plans;
    }
}
