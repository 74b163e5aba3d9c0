package io.hyperdesk.gui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.project.Project;
import java.nio.file.Path;
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

/** A finished sweep opens from the store in the same views, complete, without running anything. */
@ExtendWith(ApplicationExtension.class)
class StoredSweepViewTest {

    @TempDir
    static Path temp;

    private Project project;
    private StoredSweep stored;
    private SweepMonitorView view;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = MonitorTestProject.write(temp.resolve("project"), 3, 0.0,
                "\"max_total_runs\": 4, \"max_concurrent_runs\": 4");
        project = MonitorTestProject.open(folder);
        Sweep sweep = MonitorTestProject.newSweep(project);
        sweep.run();
        stored = project.loadSweep(sweep.id()).orElseThrow();
        SweepMonitorModel model = SweepMonitorModel.fromStored(stored, sweep.config());
        view = new SweepMonitorView(model, new ProjectMonitorActions(project, sweep.id(), RunCanceller.NONE));
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void showsEveryRunAndLineAndCannotCancel(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.model().isLive());
        assertEquals(4, view.table().getItems().size());
        assertEquals(4, view.metricPlot().lineCount());
        assertTrue(robot.lookup("#sweep-status").queryLabeled().getText().startsWith("Completed"));
        view.model().rows().forEach(row -> assertEquals(3, row.intervalsProperty().get()));
        robot.clickOn(view.table().lookup(".table-row-cell"));
        assertTrue(robot.lookup("#action-cancel").queryButton().isDisabled(), "nothing to cancel in history");
        assertFalse(robot.lookup("#action-log").queryButton().isDisabled());
    }

    @Test
    void aResumedSweepStartsWithItsStoredRunsAndTakesLiveEvents() {
        SweepMonitorModel resumed = SweepMonitorModel.resumed(stored, view.model().config());
        assertTrue(resumed.isLive());
        assertEquals(4, resumed.rows().size());
        var next = stored.runs().get(0).record().parameters();
        resumed.listener().onEvent(new io.hyperdesk.engine.sweep.SweepEvent.RunQueued(stored.summary().id(),
                stored.summary().id() + "_4", 4, next));
        resumed.drain();
        assertEquals(5, resumed.rows().size());
        assertEquals(view.model().bestRunProperty().get().runId(), resumed.bestRunProperty().get().runId());
    }
}
