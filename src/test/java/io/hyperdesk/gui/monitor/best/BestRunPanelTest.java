package io.hyperdesk.gui.monitor.best;

import static io.hyperdesk.gui.monitor.MonitorFixtures.accuracy;
import static io.hyperdesk.gui.monitor.MonitorFixtures.queued;
import static io.hyperdesk.gui.monitor.MonitorFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.MonitorFixtures;
import io.hyperdesk.gui.monitor.NoMonitorActions;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The best-run panel: one row per parameter from the start, filled with the best run's values as it changes. */
@ExtendWith(ApplicationExtension.class)
class BestRunPanelTest {

    private final SweepMonitorModel model = SweepMonitorModel.live(MonitorFixtures.config(), MonitorFixtures.SWEEP);
    private BestRunPanel panel;

    @Start
    void start(Stage stage) {
        panel = new BestRunPanel(model, new NoMonitorActions(), List.of(), BackgroundExecutor.threads("test-best"),
                UiExecutor.fx());
        stage.setScene(new Scene(panel, 320, 600));
        stage.show();
    }

    @Test
    void showsEveryParameterBeforeAnyResultThenTheBestRunsValues(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Map.of("learning_rate", "—", "batch_size", "—", "optimizer", "—"), shownParameters());
        assertEquals("—", robot.lookup("#best-score").queryAs(Label.class).getText());
        List<Node> rowsBefore = List.copyOf(grid(robot).getChildren());

        var listener = model.listener();
        listener.onEvent(queued(0, 0.001, 64, "sgd"));
        listener.onEvent(queued(1, 0.01, 16, "adam"));
        listener.onEvent(state(0, RunState.RUNNING, "", 1));
        listener.onEvent(state(1, RunState.RUNNING, "", 1));
        listener.onEvent(accuracy(0, 1, 0.7, 2));
        listener.onEvent(accuracy(1, 1, 0.6, 2));
        robot.interact(model::drain);
        assertEquals(Map.of("learning_rate", "0.001", "batch_size", "64", "optimizer", "sgd"), shownParameters());
        assertEquals("0.7", robot.lookup("#best-score").queryAs(Label.class).getText());

        listener.onEvent(accuracy(1, 2, 0.9, 3));
        robot.interact(model::drain);
        assertEquals(Map.of("learning_rate", "0.01", "batch_size", "16", "optimizer", "adam"), shownParameters());
        assertEquals("0.9", robot.lookup("#best-score").queryAs(Label.class).getText());
        assertEquals("0.9", robot.lookup("#best-score").queryAs(Label.class).getTooltip().getText());
        assertEquals("0.01", valueLabel(robot, "learning_rate").getTooltip().getText(),
                "the exact value, as on the command line");
        List<Node> rowsAfter = grid(robot).getChildren();
        assertEquals(rowsBefore.size(), rowsAfter.size());
        for (int i = 0; i < rowsBefore.size(); i++) {
            assertSame(rowsBefore.get(i), rowsAfter.get(i), "a new best run changes texts, not the rows");
        }
    }

    @Test
    void withoutABestRunTheTooltipsSaySo(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No run has logged the primary metric yet.", valueLabel(robot, "optimizer").getTooltip().getText());
        assertEquals("No run has logged the primary metric yet.",
                robot.lookup("#best-score").queryAs(Label.class).getTooltip().getText());
    }

    private static GridPane grid(FxRobot robot) {
        return robot.lookup("#best-parameters").queryAs(GridPane.class);
    }

    /** Parameter name to the value text shown beside it. */
    private static Map<String, String> shownParameters(FxRobot robot) {
        Map<String, String> shown = new LinkedHashMap<>();
        List<Node> cells = grid(robot).getChildren();
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            shown.put(((Label) cells.get(i)).getText(), ((Label) cells.get(i + 1)).getText());
        }
        return shown;
    }

    private Map<String, String> shownParameters() {
        return shownParameters(new FxRobot());
    }

    private static Label valueLabel(FxRobot robot, String name) {
        List<Node> cells = grid(robot).getChildren();
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            if (((Label) cells.get(i)).getText().equals(name)) {
                return (Label) cells.get(i + 1);
            }
        }
        throw new AssertionError("no row for " + name);
    }
}
