package io.hyperdesk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.ChartPane;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.design.ParameterKind;
import io.hyperdesk.gui.prefs.AppPreferences;
import io.hyperdesk.gui.runs.RunRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: design a parameter, see its preview and a problem, save, run a sweep to its end. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        project = SampleProject.create(Files.createTempDirectory(temp, "tiny"));
        AppContext context = new AppContext(AppPreferences.load(project.resolveSibling(project.getFileName() + ".properties")),
                UiExecutor.fx(), BackgroundExecutor.threads("test"), Clock.systemUTC(), 2);
        window = MainWindow.show(stage, context, Optional.of(project));
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        window.viewModel().runs().awaitFinished(20_000);
        robot.interact(() -> window.viewModel().shutdown());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Puts {@code text} into a form field, as an edit of the field (fast: no key-by-key typing). */
    private static void replace(FxRobot robot, String query, String text) {
        robot.interact(() -> {
            TextField field = robot.lookup(query).queryAs(TextField.class);
            field.requestFocus();
            field.setText(text);
        });
    }

    /** Types {@code text} over a field's content with the keyboard. */
    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text, 0);
    }

    @Test
    void aParameterAddedInTheFormIsPreviewedValidatedSavedAndSwept(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#parameterTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#previewCaption").contains("loguniform"));
        ChartPane chart = robot.lookup(".chart-pane").queryAs(ChartPane.class);
        long drawsBefore = chart.draws();

        robot.clickOn("#addParameter");
        assertEquals(3, table.getItems().size());
        type(robot, "#parameterName", "drop");
        robot.interact(() -> robot.lookup("#parameterKind").queryAs(ComboBox.class).setValue(ParameterKind.QUNIFORM));
        replace(robot, "#argument1", "0.5");
        replace(robot, "#argument2", "0");
        assertEquals("quniform(0.05, 0.5, 0)", robot.lookup("#expressionText").queryAs(TextField.class).getText());
        assertTrue(text(robot, "#parameterError").startsWith("quniform(0.05, 0.5, 0): q must be above 0"),
                text(robot, "#parameterError"));
        assertTrue(robot.lookup("#problemsList").queryAs(ListView.class).getItems().toString()
                .contains("parameter_space.drop: quniform(0.05, 0.5, 0): q must be above 0"));

        replace(robot, "#argument2", "0.1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> text(robot, "#previewCaption").startsWith("10,000 draws of quniform(0.05, 0.5, 0.1)"));
        assertTrue(chart.draws() > drawsBefore, "the chart redrew");
        assertFalse(robot.lookup("#parameterError").queryAs(Label.class).isVisible());

        replace(robot, "#maxTotalRuns", "3");
        robot.clickOn("#saveSweep");
        SweepFileResult saved = SweepFileReader.read(project.resolve("sweep.json"));
        assertTrue(saved.isValid(), saved.errors().toString());
        assertEquals("quniform(0.05, 0.5, 0.1)", saved.configOrThrow().space().parameters().get(1).expression().toText());
        assertEquals(3, saved.configOrThrow().maxTotalRuns());

        robot.clickOn("#startSweep");
        // The monitor's run table takes the Runs tab over as the sweep starts.
        Button start = robot.lookup("#startSweep").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !start.isDisabled()
                && robot.lookup("#run-table").tryQuery().isPresent()
                && robot.lookup("#run-table").queryAs(TableView.class).getItems().size() == 3
                && ((TableView<io.hyperdesk.gui.monitor.RunRow>) robot.lookup("#run-table").queryAs(TableView.class))
                        .getItems().stream().allMatch(r -> r.state() == RunState.COMPLETED));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<io.hyperdesk.gui.monitor.RunRow> runs = robot.lookup("#run-table").queryAs(TableView.class);
        for (io.hyperdesk.gui.monitor.RunRow row : runs.getItems()) {
            assertEquals(RunState.COMPLETED, row.state());
            assertEquals(3, row.intervalsProperty().get());
        }
        assertTrue(text(robot, "#runsProgressText").contains("Completed: max_total_runs (3) reached"),
                text(robot, "#runsProgressText"));
        ListView<?> sweeps = robot.lookup("#sweepList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> sweeps.getItems().size() == 1);
    }

    @Test
    void startingWithAProblemGoesToItsFieldAndCtrlZUndoesTheDesign(FxRobot robot) throws Exception {
        type(robot, "#maxTotalRuns", "0");
        robot.clickOn("#startSweep");
        TextField runs = robot.lookup("#maxTotalRuns").queryAs(TextField.class);
        assertTrue(runs.isFocused(), "the field with the problem has the focus");
        assertTrue(runs.getTooltip().getText().startsWith("must be from 1 to 1000"), runs.getTooltip().getText());
        assertTrue(window.viewModel().statusProperty().get().startsWith("Not started"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("3", runs.getText(), "one undo takes back the typed value");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals("0", runs.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(window.viewModel().design().problems().isEmpty());
    }
}
