package io.hyperdesk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.StoredRun;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.prefs.AppPreferences;
import io.hyperdesk.gui.project.ProjectSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Quitting while a sweep runs: the window asks, cancels the runs, waits for them, then closes. */
@ExtendWith(ApplicationExtension.class)
class MainWindowCloseTest {

    @TempDir
    static Path temp;

    private Stage stage;
    private MainWindow window;
    private Path project;
    private Path preferences;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        project = SampleProject.create(Files.createTempDirectory(temp, "slow"));
        Files.writeString(project.resolve("train.py"), """
                import json, time
                print("##hyperdesk " + json.dumps({"accuracy": 0.5}), flush=True)
                time.sleep(60)
                """);
        preferences = project.resolveSibling(project.getFileName() + ".properties");
        window = MainWindow.show(primary, new AppContext(AppPreferences.load(preferences), UiExecutor.fx(),
                BackgroundExecutor.threads("test"), Clock.systemUTC(), 2), Optional.of(project));
    }

    @Test
    void quittingDuringASweepCancelsItsRunsCleanlyAndRemembersTheWindow(FxRobot robot) throws Exception {
        robot.clickOn("#startSweep");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().runs().rowsProperty().get().stream()
                .filter(r -> r.intervalsProperty().get() == 1).count() == 2);

        robot.clickOn("File").clickOn("Quit");
        robot.clickOn("Cancel the runs and quit");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(window.viewModel().runs().isRunning());
        try (ProjectSession session = ProjectSession.open(project)) {
            StoredSweep sweep = session.loadSweep(session.sweeps().get(0).id()).orElseThrow();
            assertEquals(2, sweep.runs().size());
            for (StoredRun run : sweep.runs()) {
                assertEquals(RunState.CANCELED, run.state());
                assertEquals("canceled: HyperDesk was closed", run.reason());
            }
        }
        AppPreferences remembered = AppPreferences.load(preferences);
        assertTrue(remembered.windowPlacement().isPresent());
        assertEquals(Optional.of(project.toAbsolutePath()), remembered.lastProject());
    }
}
