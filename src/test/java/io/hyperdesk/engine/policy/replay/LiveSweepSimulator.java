package io.hyperdesk.engine.policy.replay;

import io.hyperdesk.engine.policy.Decision;
import io.hyperdesk.engine.policy.EarlyTerminationPolicy;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for the lead's live sweep loop, written independently of {@link PolicyReplay}: on
 * each value it rebuilds the whole history from scratch (queued runs included), asks the policy
 * once, and on a cancel marks the run Canceled at once, drops its later values and records its end
 * a little later (the process takes time to die). Its output is what the store would hold.
 */
final class LiveSweepSimulator {

    /** What a run would do if nobody canceled it. */
    record Plan(int number, long start, long[] times, double[] values, long end, RunState finalState) {
    }

    /** A cancel as the live sweep made it. */
    record Cancel(String runId, int interval, String reason) {
    }

    record Result(List<ReplayRun> recorded, List<Cancel> cancels) {
    }

    private record Key(long time, int number, int order) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::time).thenComparingInt(Key::number)
            .thenComparingInt(Key::order);

    private LiveSweepSimulator() {
    }

    static Result run(List<Plan> plans, PrimaryMetric metric, List<RunSnapshot> parents,
                      EarlyTerminationPolicy policy, long killDelayMillis) {
        List<Key> values = new ArrayList<>();
        for (Plan plan : plans) {
            for (int i = 0; i < plan.values().length; i++) {
                values.add(new Key(plan.times()[i], plan.number(), i + 1));
            }
        }
        values.sort(ORDER);
        int[] arrived = new int[plans.size()];
        int[] canceledAt = new int[plans.size()];
        List<Cancel> cancels = new ArrayList<>();
        for (Key now : values) {
            int n = now.number();
            if (canceledAt[n] > 0) {
                continue;
            }
            arrived[n] = now.order();
            List<RunSnapshot> runs = new ArrayList<>();
            for (Plan plan : plans) {
                runs.add(snapshotAt(plan, now, arrived[plan.number()], canceledAt[plan.number()] > 0));
            }
            RunSnapshot judged = runs.get(n);
            Decision decision = policy.evaluate(
                    new io.hyperdesk.engine.run.SweepHistory(metric, runs, parents), judged);
            if (decision.cancel()) {
                canceledAt[n] = now.order();
                cancels.add(new Cancel(judged.runId(), now.order(), decision.reason()));
            }
        }
        List<ReplayRun> recorded = new ArrayList<>();
        for (Plan plan : plans) {
            int k = canceledAt[plan.number()];
            if (k == 0) {
                recorded.add(Recorded.run(plan.number(), plan.start(), plan.times(), plan.values(), plan.end(),
                        plan.finalState()));
            } else {
                long[] times = java.util.Arrays.copyOf(plan.times(), k);
                recorded.add(Recorded.run(plan.number(), plan.start(), times,
                        java.util.Arrays.copyOf(plan.values(), k), times[k - 1] + killDelayMillis, RunState.CANCELED));
            }
        }
        return new Result(recorded, cancels);
    }

    private static RunSnapshot snapshotAt(Plan plan, Key now, int arrived, boolean canceled) {
        boolean started = ORDER.compare(new Key(plan.start(), plan.number(), 0), now) < 0;
        boolean ended = ORDER.compare(new Key(plan.end(), plan.number(), Integer.MAX_VALUE), now) < 0;
        RunState state = canceled ? RunState.CANCELED
                : !started ? RunState.QUEUED : ended ? plan.finalState() : RunState.RUNNING;
        MetricSeries.Appender series = new MetricSeries.Appender();
        for (int i = 0; i < arrived; i++) {
            series.append(plan.values()[i], plan.times()[i]);
        }
        return new RunSnapshot("s", "s_" + plan.number(), plan.number(),
                Configuration.of(Map.of("n", (long) plan.number())), state, series.snapshot(),
                started ? Optional.of(Instant.ofEpochMilli(plan.start())) : Optional.empty(),
                ended || canceled ? Optional.of(Instant.ofEpochMilli(plan.end())) : Optional.empty());
    }
}
