package io.hyperdesk.gui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.cli.HyperDeskCommand;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.gui.monitor.parallel.ParallelCoordinatesView;
import io.hyperdesk.gui.monitor.plot.RunLine;
import io.hyperdesk.project.BestConfiguration;
import io.hyperdesk.project.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;

/**
 * The monitor on a short real sweep (Python runs, SQLite store), headless: the table fills and
 * states change live, the plot has one line per run, brushing the score axis filters the table,
 * selecting a row highlights its line, and the exported JSON is what {@code best} prints.
 */
@ExtendWith(ApplicationExtension.class)
class SweepMonitorViewTest {

    @TempDir
    static Path temp;

    private Project project;
    private Sweep sweep;
    private SweepMonitorModel model;
    private SweepMonitorView view;
    private final Map<String, Set<RunState>> statesSeen = new HashMap<>();

    @Start
    void start(Stage stage) throws Exception {
        Path folder = MonitorTestProject.write(temp.resolve("project"), 4, 0.12,
                "\"max_total_runs\": 6, \"max_concurrent_runs\": 3");
        project = MonitorTestProject.open(folder);
        sweep = MonitorTestProject.newSweep(project);
        model = SweepMonitorModel.live(sweep.config(), sweep.id());
        sweep.addListener(model.listener());
        model.revisionProperty().addListener(o -> model.rows().forEach(row ->
                statesSeen.computeIfAbsent(row.runId(), id -> EnumSet.noneOf(RunState.class)).add(row.state())));
        SaveFileChooser chooser = (owner, title, name) -> Optional.of(temp.resolve(name));
        view = new SweepMonitorView(model, new ProjectMonitorActions(project, sweep.id(), sweep::cancelRun, chooser));
        stage.setScene(new Scene(view, 1240, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void followsARealSweepAndExportsWhatBestPrints(FxRobot robot) throws Exception {
        CompletableFuture<?> run = CompletableFuture.runAsync(sweep::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !view.table().getItems().isEmpty());
        run.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.sweepState().isTerminal()
                && model.rows().size() == 6 && model.rows().stream().allMatch(r -> r.state().isTerminal()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(6, view.table().getItems().size(), "the table fills");
        assertTrue(statesSeen.values().stream().anyMatch(s -> s.contains(RunState.RUNNING) && s.contains(RunState.COMPLETED)),
                "states change live: " + statesSeen);
        assertEquals(6, view.metricPlot().lineCount(), "one line per run");
        model.rows().forEach(row -> assertEquals(4, row.intervalsProperty().get(), row.runId()));

        selectingARowHighlightsItsLine(robot);
        theLogButtonShowsTheRunsStdout(robot);
        brushingTheScoreAxisFiltersTheTable(robot);
        exportedJsonIsWhatBestPrints(robot);
        historyShowsTheSameRuns();
    }

    private void selectingARowHighlightsItsLine(FxRobot robot) {
        TableRow<?> third = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getIndex() == 2).query();
        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();
        RunRow selected = model.selectedRunProperty().get();
        assertEquals(view.table().getItems().get(2), selected);
        List<RunLine> lines = view.metricPlot().data().lines();
        RunLine top = lines.get(lines.size() - 1);
        assertEquals(selected, top.row(), "the selected run's line is drawn last, on top");
        assertEquals(RunLine.Style.SELECTED, top.style());
        var renderer = view.metricPlot().chart().getXYPlot().getRenderer(0);
        assertEquals(new java.awt.Color(0xe91e63), renderer.getItemPaint(lines.size() - 1, 0));
    }

    private void theLogButtonShowsTheRunsStdout(FxRobot robot) {
        robot.clickOn("#action-log");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<String> lines = robot.lookup("#log-stdout").queryListView();
        assertEquals(8, lines.getItems().size(), "4 epochs, a text line and a metric line each: " + lines.getItems());
        assertTrue(lines.getItems().get(0).startsWith("epoch 1 accuracy "), lines.getItems().get(0));
        assertTrue(lines.getItems().get(7).startsWith("##hyperdesk {\"accuracy\": "), lines.getItems().get(7));
        robot.interact(() -> ((Stage) lines.getScene().getWindow()).close());
    }

    private void brushingTheScoreAxisFiltersTheTable(FxRobot robot) {
        robot.clickOn("Parallel coordinates");
        WaitForAsyncUtils.waitForFxEvents();
        ParallelCoordinatesView parallel = view.parallelCoordinates();
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> scores = model.rows().stream().map(RunRow::score).sorted().toList();
        // Brush from the top down to the middle of the widest gap between two scores: robust to pixels.
        int gap = 1;
        for (int i = 2; i < scores.size(); i++) {
            if (scores.get(i) - scores.get(i - 1) > scores.get(gap) - scores.get(gap - 1)) {
                gap = i;
            }
        }
        double threshold = (scores.get(gap - 1) + scores.get(gap)) / 2;
        double lowPosition = (threshold - scores.get(0)) / (scores.get(5) - scores.get(0));
        Point2D top = parallel.canvas().localToScreen(parallel.pointOnAxis(RunColumns.BEST, 1.0));
        Point2D middle = parallel.canvas().localToScreen(parallel.pointOnAxis(RunColumns.BEST, lowPosition));
        robot.moveTo(top).press(MouseButton.PRIMARY).moveTo(top.add(0, 10)).moveTo(middle).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        ValueRange brushed = model.filterProperty().get().ranges().get(RunColumns.BEST);
        assertTrue(brushed != null && brushed.low() > scores.get(gap - 1) && brushed.low() < scores.get(gap),
                "brush " + brushed + ", scores " + scores);
        assertEquals(6 - gap, view.table().getItems().size(), "the runs above the gap are left");
        view.table().getItems().forEach(row -> assertTrue(row.score() >= brushed.low(), row.runId()));
        robot.clickOn("Clear brushes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, view.table().getItems().size());
    }

    private void exportedJsonIsWhatBestPrints(FxRobot robot) throws Exception {
        robot.clickOn("#export-best");
        Path exported = temp.resolve(sweep.id() + "-best.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(exported) && Files.size(exported) > 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#export-status").queryLabeled().getText().startsWith("Saved"));
        String json = Files.readString(exported, StandardCharsets.UTF_8);
        assertEquals(BestConfiguration.of(project, sweep.id()).orElseThrow().toJson(), json);
        StringWriter out = new StringWriter();
        CommandLine cli = HyperDeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute("best", project.layout().folder().toString()));
        assertEquals(out.toString(), json, "byte for byte what `best` prints");
        assertTrue(json.contains(model.bestRunProperty().get().runId()));
    }

    private void historyShowsTheSameRuns() {
        var stored = project.loadSweep(sweep.id()).orElseThrow();
        SweepMonitorModel history = SweepMonitorModel.fromStored(stored, sweep.config());
        assertEquals(model.rows().size(), history.rows().size());
        for (int i = 0; i < model.rows().size(); i++) {
            RunRow live = model.rows().get(i);
            RunRow read = history.rows().get(i);
            assertEquals(live.runId(), read.runId());
            assertEquals(live.state(), read.state());
            assertEquals(live.score(), read.score());
            assertEquals(live.primarySeries(), read.primarySeries());
        }
        assertEquals(model.bestRunProperty().get().runId(), history.bestRunProperty().get().runId());
    }
}
