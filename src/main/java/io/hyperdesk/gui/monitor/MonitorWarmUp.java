package io.hyperdesk.gui.monitor;

import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepEvent;
import io.hyperdesk.engine.sweep.SweepListener;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Runs a small made-up sweep through a monitor that is never shown, once, while the app is idle
 * after its window came up. The first sweep a user watches then finds the monitor's code loaded
 * and compiled, its styles resolved and its fonts rasterised: without this, the first batch of
 * runs to reach the views costs the UI thread 2–3 times what later ones do (class loading, CSS,
 * the JIT), long enough to be seen as a stutter.
 *
 * <p>Each step runs in its own frame, so the window stays responsive while it warms up.
 * UI thread.
 */
public final class MonitorWarmUp {

    private static final String SWEEP_ID = "warm-up";
    private static final int RUNS = 150;
    private static final int INTERVALS = 40;
    private static final Duration STEP = Duration.millis(60);

    private MonitorWarmUp() {
    }

    /** Starts the warm-up; {@code done} runs on the UI thread when it has finished. */
    public static void start(Runnable done) {
        SweepMonitorModel model = SweepMonitorModel.live(config(), SWEEP_ID);
        BackgroundExecutor background = BackgroundExecutor.threads("warm-up");
        SweepMonitorView[] view = new SweepMonitorView[1];
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> feed(model.listener(), RUNS / 2, 0));
        steps.add(() -> {
            view[0] = new SweepMonitorView(model, new NoActions(), background, UiExecutor.fx());
            view[0].useHostTimer();
            new Scene(view[0], 1240, 760);
        });
        steps.add(() -> settle(view[0]));
        steps.add(() -> feed(model.listener(), RUNS, RUNS / 2));
        steps.add(() -> settle(view[0]));
        for (int tab = 1; tab < 3; tab++) {
            int index = tab;
            steps.add(() -> view[0].charts().getSelectionModel().select(index));
            steps.add(() -> settle(view[0]));
        }
        steps.add(() -> view[0].charts().getSelectionModel().select(0));
        steps.add(() -> settle(view[0]));
        Timeline timeline = new Timeline();
        for (int i = 0; i < steps.size(); i++) {
            Runnable step = steps.get(i);
            timeline.getKeyFrames().add(new KeyFrame(STEP.multiply(i + 1), e -> step.run()));
        }
        timeline.setOnFinished(e -> {
            view[0].dispose();
            done.run();
        });
        timeline.play();
    }

    /** Applies what was fed, lays the view out and renders it, as a frame on screen would. */
    private static void settle(SweepMonitorView view) {
        view.drainNow();
        view.applyCss();
        view.layout();
        view.getScene().snapshot(null);
    }

    private static SweepConfig config() {
        return SweepFileReader.parse("""
                {"name": "warm-up", "command": ["python3", "train.py"],
                 "parameter_space": {"learning_rate": "loguniform(-9.2, -2.3)",
                                     "batch_size": "choice(16, 32, 64, 128)",
                                     "dropout": "uniform(0.0, 0.5)",
                                     "optimizer": "choice('adam', 'sgd', 'rmsprop')"},
                 "primary_metric_name": "accuracy", "primary_metric_goal": "maximize",
                 "max_total_runs": 150, "max_concurrent_runs": 50}
                """, "warm-up").configOrThrow();
    }

    /** Feeds runs {@code from}..{@code to - 1}: queued, running, {@link #INTERVALS} lines, ended. */
    private static void feed(SweepListener listener, int to, int from) {
        long now = System.currentTimeMillis();
        if (from == 0) {
            listener.onEvent(new SweepEvent.SweepStarted(SWEEP_ID, config(), 0, now, Long.MAX_VALUE));
        }
        for (int run = from; run < to; run++) {
            String runId = SWEEP_ID + "_" + run;
            SplittableRandom random = new SplittableRandom(run);
            listener.onEvent(new SweepEvent.RunQueued(SWEEP_ID, runId, run, parameters(random)));
            listener.onEvent(new SweepEvent.RunStateChanged(SWEEP_ID, runId, RunState.RUNNING, "", now));
            double peak = 0.6 + 0.35 * random.nextDouble();
            boolean canceled = run % 5 == 3;
            for (int interval = 1; interval <= (canceled ? INTERVALS / 3 : INTERVALS); interval++) {
                double accuracy = peak * (1 - Math.exp(-interval * 4.0 / INTERVALS));
                listener.onEvent(new SweepEvent.MetricsLogged(SWEEP_ID, runId,
                        Map.of("accuracy", accuracy, "loss", 1 - accuracy), interval, now + interval));
            }
            listener.onEvent(new SweepEvent.RunStateChanged(SWEEP_ID, runId,
                    canceled ? RunState.CANCELED : RunState.COMPLETED, canceled ? "warm-up" : "", now + INTERVALS));
        }
        if (to == RUNS) {
            listener.onEvent(new SweepEvent.SweepEnded(SWEEP_ID, SweepState.COMPLETED, "warm-up", now + INTERVALS));
        }
    }

    private static Configuration parameters(SplittableRandom random) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("learning_rate", Math.exp(-9.2 + 6.9 * random.nextDouble()));
        values.put("batch_size", new long[] {16, 32, 64, 128}[random.nextInt(4)]);
        values.put("dropout", 0.5 * random.nextDouble());
        values.put("optimizer", new String[] {"adam", "sgd", "rmsprop"}[random.nextInt(3)]);
        return Configuration.of(values);
    }

    /** The warm-up's monitor opens nothing, cancels nothing and exports nothing. */
    private static final class NoActions implements MonitorActions {
        @Override
        public Path runFolder(String runId) {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }

        @Override
        public boolean canCancelRuns() {
            return false;
        }

        @Override
        public void cancelRun(String runId, String reason) {
        }

        @Override
        public Optional<String> bestConfigurationJson() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
            return Optional.empty();
        }
    }
}
