package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A standalone window with the monitor on a real sweep, for screenshots
 * ({@code docs/screenshots/take-monitor.sh}): writes a project with a Python script, runs 40 runs
 * (bandit policy, so some are canceled) while the monitor watches, then shows each chart tab and
 * asks ImageMagick's {@code import} to capture the screen. Not a test.
 *
 * <p>Arguments: {@code <project folder> <screenshot folder>}; with no screenshot folder it just stays open.
 */
public final class MonitorDemo {

    private MonitorDemo() {
    }

    /** A main class that is not an Application, so a class-path launch finds JavaFX (TOOLCHAIN). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The demo window. */
    public static final class Window extends Application {

    private Project project;
    private SweepMonitorView view;
    private Path shots;

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        Path folder = Path.of(args.isEmpty() ? "target/monitor-demo" : args.get(0));
        shots = args.size() > 1 ? Path.of(args.get(1)) : null;
        if (args.size() > 2 && args.get(2).equals("big")) {
            big(stage);
            return;
        }
        if (!Files.exists(folder.resolve("sweep.json"))) {
            MonitorTestProject.write(folder, 12, 0.04, """
                    "policy": {"type": "bandit", "slack_factor": 0.08, "evaluation_interval": 1, "delay_evaluation": 4},
                    "max_total_runs": 40, "max_concurrent_runs": 4""");
        }
        project = MonitorTestProject.open(folder);
        Sweep sweep = MonitorTestProject.newSweep(project);
        SweepMonitorModel model = SweepMonitorModel.live(sweep.config(), sweep.id());
        sweep.addListener(model.listener());
        SaveFileChooser chooser = (owner, title, name) -> Optional.of(folder.resolve(name));
        view = new SweepMonitorView(model, new ProjectMonitorActions(project, sweep.id(), sweep::cancelRun, chooser));
        stage.setTitle("HyperDesk — sweep monitor");
        stage.setScene(new Scene(view, 1440, 900));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        CompletableFuture.runAsync(sweep::run);
        if (shots != null) {
            Files.createDirectories(shots);
            after(6, () -> capture("monitor-live"));
            model.status().stateProperty().addListener((o, old, state) -> {
                if (state.isTerminal()) {
                    after(1.5, this::finished);
                }
            });
        }
    }

    /** 1,000 synthetic runs × 200 intervals fed as events (the benchmark's sweep), to see big sweeps. */
    private void big(Stage stage) throws IOException {
        SweepMonitorModel model = SweepMonitorModel.live(io.hyperdesk.bench.monitor.SyntheticSweep.CONFIG,
                io.hyperdesk.bench.monitor.SyntheticSweep.ID);
        view = new SweepMonitorView(model, new NoMonitorActions());
        stage.setScene(new Scene(view, 1440, 900));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        Files.createDirectories(shots);
        CompletableFuture.runAsync(() -> io.hyperdesk.bench.monitor.SyntheticSweep.feed(model.listener(), 1000, 200,
                100, 0));
        after(5, () -> {
            model.selectedRunProperty().set(model.rows().get(42));
            after(2, () -> {
                capture("monitor-1000-runs-plot");
                view.charts().getSelectionModel().select(1);
                after(2, () -> {
                    capture("monitor-1000-runs-parallel");
                    Platform.exit();
                });
            });
        });
    }

    private void finished() {
        SweepMonitorModel model = view.model();
        model.selectedRunProperty().set(model.rows().get(Math.min(3, model.rows().size() - 1)));
        view.charts().getSelectionModel().select(0);
        after(1.5, () -> {
            capture("monitor-plot");
            view.charts().getSelectionModel().select(1);
            after(1.5, () -> {
                capture("monitor-parallel");
                double top = model.bestRunProperty().get().score();
                double low = model.rows().stream().mapToDouble(RunRow::score).filter(Double::isFinite).min().orElse(0);
                model.setRange(RunColumns.BEST, new ValueRange(low + (top - low) * 0.6, top));
                after(1.5, () -> {
                    capture("monitor-brushed");
                    model.setRange(RunColumns.BEST, null);
                    view.charts().getSelectionModel().select(2);
                    after(1.5, () -> {
                        capture("monitor-scatter");
                        project.close();
                        Platform.exit();
                    });
                });
            });
        });
    }

    private static void after(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private void capture(String name) {
        try {
            Process process = new ProcessBuilder("import", "-window", "root", shots.resolve(name + ".png").toString())
                    .inheritIO().start();
            process.waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    }
}
