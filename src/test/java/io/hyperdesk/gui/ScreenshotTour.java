package io.hyperdesk.gui;

import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
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
        fx(() -> design.space().select("learning_rate"));
        shoot(stage, "designer");

        fx(() -> {
            ParameterViewModel rate = design.space().selected();
            rate.naturalUnitsProperty().set(true);
            rate.argumentProperty(0).set("0.0001");
            rate.argumentProperty(1).set("0.1");
        });
        shoot(stage, "natural-units");
        fx(() -> {
            design.undo();
            design.undo();
            design.undo();
        });

        fx(() -> {
            design.space().select("batch_size");
            design.settings().maxTotalRunsProperty().set("5000");
            ParameterViewModel rate = design.space().parameters().get(0);
            rate.argumentProperty(1).set("-12");
        });
        shoot(stage, "problems");
        fx(() -> {
            design.undo();
            design.undo();
            design.space().select("hidden_layers");
        });

        fx(() -> {
            design.settings().maxTotalRunsProperty().set("8");
            window.viewModel().startSweep();
            window.showRuns();
        });
        Thread.sleep(9000);
        shoot(stage, "runs");
        window.viewModel().runs().awaitFinished(60_000);
        Thread.sleep(1200);
        shoot(stage, "runs-finished");
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
