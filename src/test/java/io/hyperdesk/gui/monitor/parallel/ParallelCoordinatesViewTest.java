package io.hyperdesk.gui.monitor.parallel;

import static io.hyperdesk.gui.monitor.MonitorFixtures.accuracy;
import static io.hyperdesk.gui.monitor.MonitorFixtures.queued;
import static io.hyperdesk.gui.monitor.MonitorFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.MonitorFixtures;
import io.hyperdesk.gui.monitor.RunColumns;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.ValueRange;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Parallel coordinates with the mouse: brushing a choice axis, clearing it, moving an axis. */
@ExtendWith(ApplicationExtension.class)
class ParallelCoordinatesViewTest {

    private static final String LEARNING_RATE = RunColumns.parameterId("learning_rate");
    private static final String OPTIMIZER = RunColumns.parameterId("optimizer");

    private final SweepMonitorModel model = SweepMonitorModel.live(MonitorFixtures.config(), MonitorFixtures.SWEEP);
    private ParallelCoordinatesView view;

    @Start
    void start(Stage stage) {
        var listener = model.listener();
        String[] optimizers = {"sgd", "adam", "adam", "sgd"};
        for (int r = 0; r < 4; r++) {
            listener.onEvent(queued(r, 0.001 * (r + 1), 16, optimizers[r]));
            listener.onEvent(state(r, RunState.RUNNING, "", 1));
            listener.onEvent(accuracy(r, 1, 0.5 + 0.1 * r, 2));
        }
        model.drain();
        view = new ParallelCoordinatesView(model, BackgroundExecutor.threads("test-parallel"), UiExecutor.fx());
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
    }

    private Point2D onAxis(String id, double position) {
        return view.canvas().localToScreen(view.pointOnAxis(id, position));
    }

    @Test
    void brushingAChoiceAxisKeepsTheRunsWithTheValuesItCovers(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(onAxis(OPTIMIZER, 1.0)).press(MouseButton.PRIMARY).moveTo(onAxis(OPTIMIZER, 0.9))
                .moveTo(onAxis(OPTIMIZER, 0.7)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new ValueRange(1, 1), model.filterProperty().get().ranges().get(OPTIMIZER), "adam only");
        assertEquals(List.of(1, 2), model.visibleRows().stream().map(r -> r.number()).toList());
        robot.clickOn(onAxis(OPTIMIZER, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.filterProperty().get().ranges().isEmpty(), "a click on an axis clears its brush");
    }

    @Test
    void draggingATitleMovesTheAxisAndTheScoreStaysLast(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(LEARNING_RATE, RunColumns.parameterId("batch_size"), OPTIMIZER, RunColumns.BEST),
                view.axisIds());
        Point2D title = view.canvas().localToScreen(view.pointOnAxis(LEARNING_RATE, 1).add(0, -30));
        Point2D target = view.canvas().localToScreen(view.pointOnAxis(RunColumns.BEST, 1).add(0, -30));
        robot.moveTo(title).press(MouseButton.PRIMARY).moveTo(title.add(20, 0)).moveTo(target)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.runLayout().axes().get(2).id().equals(LEARNING_RATE));
        assertEquals(List.of(RunColumns.parameterId("batch_size"), OPTIMIZER, LEARNING_RATE, RunColumns.BEST),
                view.axisIds());
    }

    @Test
    void logScaleCanBeSwitchedPerAxis(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.runLayout().axes().get(0).isLog(), "loguniform starts on a log axis");
        robot.interact(() -> view.setLogScale(LEARNING_RATE, false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !view.runLayout().axes().get(0).isLog());
        assertFalse(view.runLayout().axes().get(0).isLog());
    }
}
