package io.hyperdesk.engine.policy.replay;

import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunSnapshot;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Builds recorded runs for the replay tests. */
final class Recorded {

    private Recorded() {
    }

    /**
     * Run {@code number} of sweep {@code s}: started at {@code start}, value {@code i} logged at
     * {@code times[i]}, ended at {@code end} in {@code state}.
     */
    static ReplayRun run(int number, long start, long[] times, double[] values, long end, RunState state) {
        return new ReplayRun("s_" + number, number, Configuration.of(Map.of("n", (long) number)),
                series(times, values), start, end, state);
    }

    /** A completed run whose values come every {@code step} ms after {@code start}; ends at the last value + 5. */
    static ReplayRun completed(int number, long start, long step, double... values) {
        long[] times = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            times[i] = start + step * (i + 1);
        }
        return run(number, start, times, values, start + step * values.length + 5, RunState.COMPLETED);
    }

    static MetricSeries series(long[] times, double[] values) {
        MetricSeries.Appender appender = new MetricSeries.Appender();
        for (int i = 0; i < values.length; i++) {
            appender.append(values[i], times[i]);
        }
        return appender.snapshot();
    }

    /** A completed run of parent sweep {@code p}. */
    static RunSnapshot parent(int number, double... values) {
        long[] times = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            times[i] = 1 + i;
        }
        return new RunSnapshot("p", "p_" + number, number, Configuration.of(Map.of("n", (long) number)),
                RunState.COMPLETED, series(times, values), Optional.of(Instant.ofEpochMilli(0)),
                Optional.of(Instant.ofEpochMilli(values.length + 1)));
    }
}
