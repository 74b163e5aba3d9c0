package io.hyperdesk.bench.monitor;

import io.hyperdesk.bench.OnFx;
import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.config.SweepFileWriter;
import io.hyperdesk.gui.AppContext;
import io.hyperdesk.gui.MainWindow;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.SweepMonitorView;
import io.hyperdesk.gui.prefs.AppPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Opening a big finished sweep the way a user does, in the real window of a fresh JVM: the app
 * starts with no project; once its window is up the project is opened (its newest sweep has 1,000
 * runs × 1,000 values) and the Runs tab brought to the front. Measures how long the window took
 * to appear, and from the project's opening until the monitor of that sweep has been drawn (two
 * frames after it has all the runs).
 * Main class for {@code bench/monitor.sh}; arguments {@code [runs] [values per run]}.
 */
public final class AppOpenBenchmark {

    private AppOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int values = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path folder = Files.createTempDirectory("hyperdesk-app-open");
        Path project = folder.resolve("big-project");
        ProjectLayout layout = ProjectLayout.of(project);
        Files.createDirectories(layout.dataFolder());
        Files.writeString(layout.sweepFile(), SweepFileWriter.toJson(SyntheticSweep.CONFIG));
        long writeStart = System.nanoTime();
        SyntheticSweep.write(layout.database(), runs, values);
        long wrote = System.nanoTime() - writeStart;

        Platform.startup(() -> { });
        long starting = System.nanoTime();
        long sinceJvmStart = System.currentTimeMillis() - jvmStart - wrote / 1_000_000;
        AtomicLong frames = new AtomicLong();
        MainWindow window = OnFx.call(() -> {
            Stage stage = new Stage();
            AppContext context = new AppContext(AppPreferences.load(folder.resolve("prefs.properties")), UiExecutor.fx(),
                    BackgroundExecutor.threads("bench"), Clock.systemUTC(), 2);
            MainWindow shown = MainWindow.show(stage, context, Optional.empty());
            stage.getScene().addPostLayoutPulseListener(frames::incrementAndGet);
            return shown;
        });
        waitFrames(frames, 2);
        long windowUp = System.nanoTime();
        // The window has settled with no project; then the user opens the project and goes to the Runs tab.
        waitFrames(frames, 30);
        long opening = System.nanoTime();
        OnFx.call(() -> {
            window.viewModel().openProject(project);
            ((TabPane) window.runsView().getScene().lookup(".tab-pane")).getSelectionModel().select(1);
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long built = 0;
        while (built == 0 && System.nanoTime() < deadline) {
            if (OnFx.call(() -> monitorRuns(window.runsView().lookup("#sweep-monitor")) == runs)) {
                built = System.nanoTime();
            }
            Thread.sleep(2);
        }
        waitFrames(frames, 2);
        long drawn = System.nanoTime();
        System.out.printf("app open: a fresh app's window drawn %.2f s after the JVM started (%.2f s of it before "
                        + "JavaFX started; writing the store not counted); then opening a project: its newest sweep "
                        + "(%d runs x %d values) in the monitor after %.2f s, drawn after %.2f s%n",
                sinceJvmStart / 1e3 + (windowUp - starting) / 1e9, sinceJvmStart / 1e3, runs, values,
                (built - opening) / 1e9, (drawn - opening) / 1e9);
        OnFx.call(() -> {
            window.viewModel().shutdown();
            return null;
        });
        Platform.exit();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void waitFrames(AtomicLong frames, int count) throws InterruptedException {
        long target = frames.get() + count;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (frames.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
    }

    private static int monitorRuns(Node node) {
        return node instanceof SweepMonitorView view ? view.model().rows().size() : -1;
    }
}
