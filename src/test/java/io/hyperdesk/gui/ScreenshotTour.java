package io.hyperdesk.gui;

import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.design.ParameterKind;
import io.hyperdesk.gui.design.ParameterViewModel;
import io.hyperdesk.gui.design.SweepDesignViewModel;
import io.hyperdesk.gui.prefs.AppPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Drives the real window through the states docs/USER_GUIDE.md shows and captures each with
 * ImageMagick's {@code import}, cropped to the window. Run by docs/screenshots/take.sh under Xvfb;
 * not a test.
 *
 * <p>Arguments: the project folder, the output folder.
 */
public final class ScreenshotTour {

    private static Path project;
    private static Path output;

    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        project = Path.of(args[0]).toAbsolutePath();
        output = Path.of(args[1]).toAbsolutePath();
        Application.launch(App.class);
    }

    /** The app, with preferences in a temporary folder so the tour never touches the user's own. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path preferences = Files.createTempDirectory("hyperdesk-tour").resolve("gui.properties");
            AppContext context = new AppContext(AppPreferences.load(preferences), UiExecutor.fx(),
                    BackgroundExecutor.threads("tour"), Clock.systemDefaultZone(), Runtime.getRuntime().availableProcessors());
            MainWindow window = MainWindow.show(stage, context, Optional.of(project));
            Thread tour = new Thread(() -> {
                try {
                    tour(window, stage);
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    Platform.exit();
                }
            }, "screenshot-tour");
            tour.setDaemon(true);
            tour.start();
        }
    }

    private static void tour(MainWindow window, Stage stage) throws Exception {
        SweepDesignViewModel design = window.viewModel().design();
        Thread.sleep(2500);
        int logIndex = indexOf(design, true);
        int choiceIndex = indexOf(design, false);
        fx(() -> design.space().selectedIndexProperty().set(logIndex));
        shoot(stage, "designer");

        fx(() -> {
            ParameterViewModel selected = design.space().selected();
            if (selected.kindProperty().get() == ParameterKind.LOGUNIFORM) {
                selected.naturalUnitsProperty().set(true);
                selected.argumentProperty(0).set("0.0001");
                selected.argumentProperty(1).set("0.1");
            }
        });
        shoot(stage, "natural-units");
        fx(() -> {
            while (design.canUndoProperty().get()) {
                design.undo();
            }
        });

        fx(() -> design.space().selectedIndexProperty().set(choiceIndex));
        shoot(stage, "choice");

        fx(() -> {
            design.space().selectedIndexProperty().set(logIndex);
            design.settings().maxTotalRunsProperty().set("5000");
            design.space().selected().argumentProperty(1).set("-12");
        });
        shoot(stage, "problems");
        fx(() -> {
            while (design.canUndoProperty().get()) {
                design.undo();
            }
            design.space().selectedIndexProperty().set(logIndex);
        });

        fx(() -> {
            design.settings().maxTotalRunsProperty().set("8");
            window.viewModel().startSweep();
            window.showRuns();
        });
        Thread.sleep(9000);
        shoot(stage, "runs");
        window.viewModel().runs().awaitFinished(120_000);
        Thread.sleep(1200);
    }

    /** The first log-kind parameter (or the first parameter), or the first choice (or the last parameter). */
    private static int indexOf(SweepDesignViewModel design, boolean logarithmic) {
        var parameters = design.space().parameters();
        for (int i = 0; i < parameters.size(); i++) {
            ParameterKind kind = parameters.get(i).kindProperty().get();
            if (logarithmic ? kind.isLogarithmic() : kind == ParameterKind.CHOICE) {
                return i;
            }
        }
        return logarithmic ? 0 : parameters.size() - 1;
    }

    private static void fx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(10, TimeUnit.SECONDS);
        Thread.sleep(700);
    }

    private static void shoot(Stage stage, String name) throws Exception {
        String crop = String.format("%dx%d+%d+%d", (int) stage.getWidth(), (int) stage.getHeight(),
                (int) stage.getX(), (int) stage.getY());
        Process process = new ProcessBuilder("import", "-window", "root", "-crop", crop, "+repage",
                output.resolve(name + ".png").toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + name);
        }
    }
}
