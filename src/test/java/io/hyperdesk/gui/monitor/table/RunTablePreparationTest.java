package io.hyperdesk.gui.monitor.table;

import static io.hyperdesk.gui.monitor.MonitorFixtures.accuracy;
import static io.hyperdesk.gui.monitor.MonitorFixtures.queued;
import static io.hyperdesk.gui.monitor.MonitorFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.monitor.MonitorFixtures;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A live table makes its cells on made-up runs before the first real run arrives, over several
 * frames: the user never sees one of them, the first runs fill the same cells, and a run that
 * arrives meanwhile shows at once.
 */
@ExtendWith(ApplicationExtension.class)
class RunTablePreparationTest {

    private final SweepMonitorModel model = SweepMonitorModel.live(MonitorFixtures.config(), MonitorFixtures.SWEEP);
    private RunTableView table;

    /** Frames drawn with the table visible while it held a made-up run. */
    private final AtomicInteger framesShowingMadeUpRuns = new AtomicInteger();
    private final AtomicInteger frames = new AtomicInteger();
    /** How often the table's items became the made-up runs again after the constructor. */
    private final AtomicInteger madeUpAgain = new AtomicInteger();

    @Start
    void start(Stage stage) {
        table = new RunTableView(model);
        Scene scene = new Scene(table, 900, 400);
        // After each frame's layout, just before it is drawn: what would a user see?
        scene.addPostLayoutPulseListener(() -> {
            frames.incrementAndGet();
            if (table.getOpacity() > 0 && madeUp(table.getItems())) {
                framesShowingMadeUpRuns.incrementAndGet();
            }
        });
        table.itemsProperty().addListener((o, old, items) -> {
            if (madeUp(items)) {
                madeUpAgain.incrementAndGet();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    private static boolean madeUp(List<RunRow> items) {
        return items.stream().anyMatch(row -> row.runId().contains("_sample_"));
    }

    @Test
    void theMadeUpRunsAreNeverShownAndTheFirstRunsFillTheCells(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getOpacity() == 1.0);
        assertEquals(RunTableView.PREPARATION_ROUNDS - 1, madeUpAgain.get(),
                "the made-up runs came back for every round after the first");
        assertEquals(0, framesShowingMadeUpRuns.get(), "no frame shows a made-up run");
        assertTrue(table.getItems().isEmpty(), "an empty sweep shows its placeholder");
        assertTrue(shownTexts().stream().noneMatch(text -> text.contains("_sample_")), "no made-up run shows");
        assertTrue(shownRuns().isEmpty());
        Set<Node> cells = Set.copyOf(table.lookupAll(".table-row-cell"));
        assertTrue(cells.size() >= 10, "a screenful of row cells exists before the first run: " + cells.size());
        assertEquals(1.0, table.getOpacity(), "the table shows once the made-up runs are gone");

        model.listener().onEvent(queued(0, 0.001, 64, "sgd"));
        model.listener().onEvent(queued(1, 0.01, 16, "adam"));
        model.listener().onEvent(state(0, RunState.RUNNING, "", 1_000));
        model.listener().onEvent(accuracy(0, 1, 0.6, 2_000));
        robot.interact(model::drain);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Set.of(MonitorFixtures.runId(0), MonitorFixtures.runId(1)), shownRuns());
        assertTrue(cells.containsAll(shownRowCells()), "the first runs are shown in cells made before");
        assertTrue(shownTexts().stream().noneMatch(text -> text.contains("_sample_")), "no made-up run shows");
        assertTrue(shownTexts().contains(MonitorFixtures.runId(0)));
        assertEquals(0, framesShowingMadeUpRuns.get(), "no frame shows a made-up run");
    }

    @Test
    void aRunArrivingWhileTheTablePreparesEndsThePreparation(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            model.listener().onEvent(queued(0, 0.001, 64, "sgd"));
            model.drain();
        });
        int arrivedAt = frames.get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getOpacity() == 1.0);
        assertTrue(frames.get() - arrivedAt <= 3, "the table shows within three frames of the first run: "
                + (frames.get() - arrivedAt));
        assertEquals(Set.of(MonitorFixtures.runId(0)), shownRuns());
        assertEquals(0, framesShowingMadeUpRuns.get(), "no frame shows a made-up run");
    }

    /** The runs of the rows a user can see. */
    private Set<String> shownRuns() {
        return shownRowCells().stream().map(row -> ((RunRow) row.getItem()).runId()).collect(Collectors.toSet());
    }

    /** The row cells a user can see a run in. */
    private List<TableRow<?>> shownRowCells() {
        return table.lookupAll(".table-row-cell").stream()
                .filter(TableRow.class::isInstance)
                .<TableRow<?>>map(node -> (TableRow<?>) node)
                .filter(row -> visible(row) && row.getItem() != null)
                .toList();
    }

    private List<String> shownTexts() {
        return table.lookupAll(".table-cell").stream()
                .filter(node -> node instanceof Labeled && visible(node))
                .map(node -> ((Labeled) node).getText())
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean visible(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
