package io.hyperdesk.gui.monitor;

import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small sweep config and event builders for monitor tests. */
public final class MonitorFixtures {

    public static final String SWEEP = "demo_20260101_000000";

    private MonitorFixtures() {
    }

    /** learning_rate loguniform, batch_size choice of numbers, optimizer choice of text; maximize accuracy. */
    public static SweepConfig config() {
        return SweepFileReader.parse("""
                {"name": "demo", "command": ["python3", "train.py"],
                 "parameter_space": {"learning_rate": "loguniform(-9, -1)", "batch_size": "choice(64, 16, 32)",
                                     "optimizer": "choice('sgd', 'adam')"},
                 "primary_metric_name": "accuracy", "primary_metric_goal": "maximize",
                 "max_total_runs": 1000, "max_concurrent_runs": 4}
                """, "demo").configOrThrow();
    }

    public static SweepEvent.RunQueued queued(int number, double learningRate, long batchSize, String optimizer) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("learning_rate", learningRate);
        values.put("batch_size", batchSize);
        values.put("optimizer", optimizer);
        return new SweepEvent.RunQueued(SWEEP, runId(number), number, Configuration.of(values));
    }

    public static SweepEvent.RunStateChanged state(int number, RunState state, String reason, long at) {
        return new SweepEvent.RunStateChanged(SWEEP, runId(number), state, reason, at);
    }

    public static SweepEvent.MetricsLogged accuracy(int number, int interval, double value, long at) {
        return new SweepEvent.MetricsLogged(SWEEP, runId(number), Map.of("accuracy", value, "loss", 1 - value),
                interval, at);
    }

    public static String runId(int number) {
        return SWEEP + "_" + number;
    }
}
