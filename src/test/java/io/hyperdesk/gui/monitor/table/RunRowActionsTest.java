package io.hyperdesk.gui.monitor.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.gui.monitor.MonitorTestProject;
import io.hyperdesk.gui.monitor.ProjectMonitorActions;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.SweepMonitorView;
import io.hyperdesk.project.Project;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Cancel run" on a running run of a real sweep: the sweep cancels it with the user's reason. */
@ExtendWith(ApplicationExtension.class)
class RunRowActionsTest {

    @TempDir
    static Path temp;

    private Project project;
    private Sweep sweep;
    private SweepMonitorModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = MonitorTestProject.write(temp.resolve("project"), 100, 0.1, "\"max_total_runs\": 1");
        project = MonitorTestProject.open(folder);
        sweep = MonitorTestProject.newSweep(project);
        model = SweepMonitorModel.live(sweep.config(), sweep.id());
        sweep.addListener(model.listener());
        stage.setScene(new Scene(new SweepMonitorView(model,
                new ProjectMonitorActions(project, sweep.id(), sweep::cancelRun)), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void cancelsARunningRun(FxRobot robot) throws Exception {
        CompletableFuture<?> run = CompletableFuture.runAsync(sweep::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.rows().isEmpty()
                && model.rows().get(0).intervalsProperty().get() >= 1);
        robot.clickOn(model.rows().get(0).runId());
        robot.clickOn("#action-cancel");
        run.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.rows().get(0).state().isTerminal());
        RunRow row = model.rows().get(0);
        assertEquals(RunState.CANCELED, row.state());
        assertEquals(RunRowActions.USER_CANCEL_REASON, row.reasonProperty().get());
    }
}
