package io.hyperdesk.bench.monitor;

import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileWriter;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepEvent;
import io.hyperdesk.engine.sweep.SweepListener;
import io.hyperdesk.engine.sweep.SweepRecord;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.store.SqliteSweepStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A made-up sweep for the monitor benchmark: four parameters, learning curves that rise towards
 * a score depending on the learning rate, one run in ten canceled. Fed as SweepEvents straight
 * into a listener, or written into a SQLite store.
 */
public final class SyntheticSweep {

    public static final String ID = "bench-20260101-000000";
    public static final SweepConfig CONFIG = SweepFileReader.parse("""
            {"name": "bench", "command": ["python3", "train.py"],
             "parameter_space": {"learning_rate": "loguniform(-9.2, -2.3)", "batch_size": "choice(16, 32, 64, 128)",
                                 "dropout": "uniform(0.0, 0.5)", "optimizer": "choice('adam', 'sgd', 'rmsprop')"},
             "primary_metric_name": "accuracy", "primary_metric_goal": "maximize",
             "max_total_runs": 1000, "max_concurrent_runs": 100}
            """, "bench").configOrThrow();

    private SyntheticSweep() {
    }

    static Configuration parameters(int run) {
        SplittableRandom random = new SplittableRandom(run * 7919L + 1);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("learning_rate", Math.exp(-9.2 + 6.9 * random.nextDouble()));
        values.put("batch_size", new long[] {16, 32, 64, 128}[random.nextInt(4)]);
        values.put("dropout", 0.5 * random.nextDouble());
        values.put("optimizer", new String[] {"adam", "sgd", "rmsprop"}[random.nextInt(3)]);
        return Configuration.of(values);
    }

    static double accuracy(int run, int interval, int intervals) {
        double lr = (Double) parameters(run).get("learning_rate");
        double peak = 0.97 - 0.08 * Math.abs(Math.log10(lr) + 2.5) - 0.0001 * (run % 97);
        return peak * (1 - Math.exp(-interval * 5.0 / intervals));
    }

    static boolean canceled(int run) {
        return run % 10 == 7;
    }

    /**
     * Feeds the whole sweep: {@code concurrent} runs at a time, each logging {@code intervals}
     * values in turn; pauses {@code pauseNanosPerLine} after each metric line (0: as fast as possible).
     */
    public static void feed(SweepListener listener, int runs, int intervals, int concurrent, long pauseNanosPerLine) {
        long t = System.currentTimeMillis();
        listener.onEvent(new SweepEvent.SweepStarted(ID, CONFIG, 0, t, Long.MAX_VALUE));
        for (int group = 0; group < runs; group += concurrent) {
            int end = Math.min(runs, group + concurrent);
            for (int r = group; r < end; r++) {
                listener.onEvent(new SweepEvent.RunQueued(ID, ID + "_" + r, r, parameters(r)));
                listener.onEvent(new SweepEvent.RunStateChanged(ID, ID + "_" + r, RunState.RUNNING, "", t));
            }
            for (int interval = 1; interval <= intervals; interval++) {
                for (int r = group; r < end; r++) {
                    if (canceled(r) && interval > intervals / 3) {
                        continue;
                    }
                    double accuracy = accuracy(r, interval, intervals);
                    listener.onEvent(new SweepEvent.MetricsLogged(ID, ID + "_" + r,
                            Map.of("accuracy", accuracy, "loss", 1 - accuracy), interval, System.currentTimeMillis()));
                    if (pauseNanosPerLine > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(pauseNanosPerLine);
                    }
                }
            }
            for (int r = group; r < end; r++) {
                RunState state = canceled(r) ? RunState.CANCELED : RunState.COMPLETED;
                listener.onEvent(new SweepEvent.RunStateChanged(ID, ID + "_" + r, state,
                        canceled(r) ? "bandit policy: below the slack" : "", System.currentTimeMillis()));
            }
        }
        listener.onEvent(new SweepEvent.SweepEnded(ID, SweepState.COMPLETED, "max_total_runs reached",
                System.currentTimeMillis()));
    }

    /** Writes the sweep into a new store at {@code file}: {@code runs} × {@code values} of accuracy. */
    static void write(Path file, int runs, int values) {
        try (SqliteSweepStore store = SqliteSweepStore.open(file)) {
            Instant start = Instant.now();
            store.createSweep(new SweepRecord(ID, "bench", SweepFileWriter.toJson(CONFIG), start));
            for (int group = 0; group < runs; group += 10) {
                int end = Math.min(runs, group + 10);
                for (int r = group; r < end; r++) {
                    store.createRun(new RunRecord(ID, ID + "_" + r, r, parameters(r), Optional.empty(), start));
                    store.recordRunState(ID + "_" + r, RunState.RUNNING, start, "", Optional.empty());
                }
                for (int step = 1; step <= values; step++) {
                    for (int r = group; r < end; r++) {
                        store.recordMetric(ID + "_" + r, "accuracy", step, accuracy(r, step, values),
                                start.toEpochMilli() + step);
                    }
                }
                for (int r = group; r < end; r++) {
                    store.recordRunState(ID + "_" + r, canceled(r) ? RunState.CANCELED : RunState.COMPLETED,
                            start.plusSeconds(60), canceled(r) ? "bandit policy" : "", Optional.of(0));
                }
            }
            store.recordSweepState(ID, SweepState.COMPLETED, "max_total_runs reached", start.plusSeconds(3600));
            store.sync();
        }
    }
}
