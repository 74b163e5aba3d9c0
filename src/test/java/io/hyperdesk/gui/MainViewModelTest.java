package io.hyperdesk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.SweepEvent;
import io.hyperdesk.engine.sweep.SweepState;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.preview.Histogram;
import io.hyperdesk.gui.prefs.AppPreferences;
import io.hyperdesk.gui.runs.RunRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state without a toolkit: open, preview, start a real sweep, drain, list, reopen. */
class MainViewModelTest {

    @TempDir
    Path temp;

    private MainViewModel main;

    private MainViewModel create() {
        main = new MainViewModel(new AppContext(AppPreferences.load(temp.resolve("prefs/gui.properties")),
                UiExecutor.direct(), BackgroundExecutor.direct(), Clock.systemUTC(), 2));
        return main;
    }

    @AfterEach
    void close() {
        if (main != null) {
            main.shutdown();
        }
    }

    @Test
    void openingAProjectLoadsItsSweepFileAndPreviewsTheFirstParameter() {
        Path project = SampleProject.create(temp.resolve("tiny"));
        MainViewModel main = create();
        assertTrue(main.openProject(project.resolve("sweep.json")));

        assertEquals("tiny — HyperDesk", main.titleProperty().get());
        assertEquals(List.of(), main.design().problems());
        Histogram.Numeric histogram = (Histogram.Numeric) main.preview().histogramProperty().get();
        assertTrue(histogram.logScale());
        assertEquals(List.of(), main.sweeps().sweeps());
        assertFalse(Files.exists(project.resolve(".hyperdesk")), "opening creates no store");
        assertTrue(main.storeTextProperty().get().endsWith("(created by the first sweep)"));

        main.design().space().selectedIndexProperty().set(1);
        assertTrue(main.preview().histogramProperty().get() instanceof Histogram.Categorical);
        main.design().space().selected().expressionTextProperty().set("choice(");
        assertNull(main.preview().histogramProperty().get());
        main.design().undo();
        assertNotNull(main.preview().histogramProperty().get());
    }

    @Test
    void aStartedSweepRunsToItsEndAndItsRunsAndEventsReachTheRunsArea() {
        Path project = SampleProject.create(temp.resolve("tiny"));
        MainViewModel main = create();
        main.openProject(project);
        List<SweepEvent> batches = new ArrayList<>();
        main.runs().addLiveListener(batches::addAll);
        List<SweepEvent> direct = new ArrayList<>();
        main.runs().addSweepStartListener((session, sweep) -> sweep.addListener(direct::add));

        assertEquals(List.of(), main.startSweep());
        main.runs().drain();

        assertFalse(main.runs().isRunning());
        List<RunRow> rows = main.runs().rowsProperty().get();
        assertEquals(3, rows.size());
        // One drain took all three lines of every run: the row holds the latest and the best of them.
        var stored = main.sessionProperty().get().loadSweep(main.runs().liveSweepId().orElseThrow()).orElseThrow();
        for (RunRow row : rows) {
            assertEquals(RunState.COMPLETED, row.stateProperty().get(), row.reasonProperty().get());
            assertEquals(3, row.intervalsProperty().get());
            var series = stored.runs().stream().filter(run -> run.record().runId().equals(row.runId())).findFirst()
                    .orElseThrow().metrics().get("accuracy");
            assertEquals(series.last(), row.lastProperty().get());
            assertEquals(series.best(Goal.MAXIMIZE), row.bestProperty().get());
        }
        assertEquals(1.0, main.runs().progressProperty().get());
        assertTrue(main.runs().outcomeProperty().get().startsWith("Completed: max_total_runs (3) reached"),
                main.runs().outcomeProperty().get());
        assertTrue(batches.get(batches.size() - 1) instanceof SweepEvent.SweepEnded);
        assertEquals(batches, direct, "a listener added at start sees every event, in the same order");

        assertEquals(1, main.sweeps().sweeps().size());
        assertEquals(SweepState.COMPLETED, main.sweeps().selectedProperty().get().state());
        assertEquals(3, main.sweeps().selectedProperty().get().runCount());
        assertTrue(main.statusProperty().get().endsWith("ended. Completed: max_total_runs (3) reached"),
                main.statusProperty().get());
    }

    @Test
    void anInvalidDesignIsNotStartedAndAReopenedProjectShowsItsNewestSweep() {
        Path project = SampleProject.create(temp.resolve("tiny"));
        MainViewModel main = create();
        main.openProject(project);
        main.design().settings().maxTotalRunsProperty().set("1");
        main.startSweep();
        main.runs().drain();
        main.design().settings().maxTotalRunsProperty().set("5000");
        List<ConfigProblem> problems = main.startSweep();
        assertEquals("max_total_runs", problems.get(0).field());
        assertEquals("Not started: the sweep has 1 problem.", main.statusProperty().get());

        MainViewModel reopened = new MainViewModel(new AppContext(AppPreferences.load(temp.resolve("prefs/gui.properties")),
                UiExecutor.direct(), BackgroundExecutor.direct(), Clock.systemUTC(), 2));
        main.shutdown();
        this.main = reopened;
        assertEquals(List.of(project.toAbsolutePath()), reopened.recentProjects());
        reopened.openProject(project);
        assertEquals(1, reopened.sweeps().sweeps().size());
        assertEquals(1, reopened.runs().rowsProperty().get().size());
        assertEquals(RunState.COMPLETED, reopened.runs().rowsProperty().get().get(0).stateProperty().get());
    }
}
