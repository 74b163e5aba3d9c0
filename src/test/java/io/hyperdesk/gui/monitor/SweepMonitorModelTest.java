package io.hyperdesk.gui.monitor;

import static io.hyperdesk.gui.monitor.MonitorFixtures.accuracy;
import static io.hyperdesk.gui.monitor.MonitorFixtures.queued;
import static io.hyperdesk.gui.monitor.MonitorFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.SweepEvent;
import io.hyperdesk.engine.sweep.SweepListener;
import io.hyperdesk.engine.sweep.SweepState;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The monitor's view model, fed events directly, without a toolkit. */
class SweepMonitorModelTest {

    private final AtomicLong now = new AtomicLong(10_000);
    private final SweepMonitorModel model = SweepMonitorModel.live(MonitorFixtures.config(), MonitorFixtures.SWEEP, now::get);
    private final SweepListener listener = model.listener();

    /** Four runs: 0 completed 0.9, 1 canceled 0.5, 2 running 0.7, 3 queued. */
    private void fourRuns() {
        listener.onEvent(queued(0, 0.001, 64, "sgd"));
        listener.onEvent(queued(1, 0.01, 16, "adam"));
        listener.onEvent(queued(2, 0.1, 32, "adam"));
        listener.onEvent(queued(3, 0.05, 16, "sgd"));
        for (int run = 0; run < 3; run++) {
            listener.onEvent(state(run, RunState.RUNNING, "", 1_000));
        }
        listener.onEvent(accuracy(0, 1, 0.6, 2_000));
        listener.onEvent(accuracy(0, 2, 0.9, 3_000));
        listener.onEvent(accuracy(0, 3, 0.8, 4_000));
        listener.onEvent(accuracy(1, 1, 0.5, 2_000));
        listener.onEvent(accuracy(2, 1, 0.7, 2_500));
        listener.onEvent(state(0, RunState.COMPLETED, "", 5_000));
        listener.onEvent(state(1, RunState.CANCELED, "bandit: slack", 5_000));
    }

    @Test
    void eventsAreAppliedOnlyWhenDrainedAsOneBatch() {
        fourRuns();
        assertEquals(0, model.rows().size());
        long before = model.revisionProperty().get();
        assertTrue(model.drain());
        assertEquals(before + 1, model.revisionProperty().get());
        assertEquals(4, model.rows().size());
        RunRow first = model.rows().get(0);
        assertEquals(RunState.COMPLETED, first.state());
        assertEquals(0.8, first.lastProperty().get());
        assertEquals(0.9, first.score());
        assertEquals(3, first.intervalsProperty().get());
        assertEquals(4_000, first.durationMillisProperty().get());
        assertEquals("bandit: slack", model.rows().get(1).reasonProperty().get());
        assertEquals(9_000, model.rows().get(2).durationMillisProperty().get(), "running runs age with the clock");
        assertEquals(List.of("accuracy", "loss"), model.metricNames());
        assertEquals(model.rows().get(0), model.bestRunProperty().get());
    }

    @Test
    void aBurstReachesTheViewsInDrainsOfAtMostRunsPerDrainAndTheEndComesWithTheLastRun() {
        int runs = 2 * SweepMonitorModel.RUNS_PER_DRAIN + 100;
        for (int run = 0; run < runs; run++) {
            listener.onEvent(queued(run, 0.001 * (run + 1), 16, "sgd"));
            listener.onEvent(state(run, RunState.RUNNING, "", 1_000));
            listener.onEvent(accuracy(run, 1, run / (double) runs, 2_000));
            listener.onEvent(state(run, RunState.COMPLETED, "", 3_000));
        }
        listener.onEvent(new SweepEvent.SweepEnded(MonitorFixtures.SWEEP, SweepState.COMPLETED, "max_total_runs reached", 4_000));

        long chartRevision = model.chartRevisionProperty().get();
        assertTrue(model.drain());
        assertEquals(SweepMonitorModel.RUNS_PER_DRAIN, model.rows().size());
        assertTrue(model.hasPending(), "runs that had changed wait for the next drain");
        assertFalse(model.sweepState().isTerminal(), "not ended while runs are missing");
        model.drain();
        assertEquals(2 * SweepMonitorModel.RUNS_PER_DRAIN, model.rows().size());
        assertEquals(chartRevision, model.chartRevisionProperty().get(), "charts wait for the burst's last part");
        model.drain();
        assertEquals(runs, model.rows().size());
        assertEquals(model.revisionProperty().get(), model.chartRevisionProperty().get(), "then redraw once");
        assertFalse(model.hasPending());
        assertEquals(SweepState.COMPLETED, model.sweepState());
        assertEquals(model.row(MonitorFixtures.runId(runs - 1)), model.bestRunProperty().get());
        for (int run = 0; run < runs; run++) {
            assertEquals(run, model.rows().get(run).number(), "in the order they were queued");
        }
    }

    @Test
    void eventsArrivingAfterAFullDrainWaitForTheNextRegularDrain() {
        fourRuns();
        model.drain();
        listener.onEvent(accuracy(2, 2, 0.75, 3_000));
        assertFalse(model.hasPending(), "a drain that took everything queued leaves no backlog");
        model.drain();
        assertEquals(0.75, model.row(MonitorFixtures.runId(2)).score());
    }

    @Test
    void sampleRowsAreMadeUpRunsOfTheSpaceInNoList() {
        List<RunRow> samples = model.sampleRows(40);
        assertEquals(40, samples.size());
        assertEquals(0, model.rows().size());
        assertTrue(samples.stream().allMatch(row -> row.record().parameters().values().keySet()
                .equals(Set.copyOf(MonitorFixtures.config().space().names()))), "every parameter has a value");
    }

    @Test
    void aPrimaryValueLoggedAfterACancelRequestCountsAsTheStoreKeepsIt() {
        fourRuns();
        listener.onEvent(accuracy(2, 0, 0.99, 4_500));
        model.drain();
        RunRow run = model.row(MonitorFixtures.runId(2));
        assertEquals(2, run.intervalsProperty().get(), "SPEC M2: every logged value is an interval");
        assertEquals(0.99, run.score(), "as `best` reads it from the store");
        assertEquals(2, run.series("loss").intervals());
    }

    @Test
    void stateChangesArriveInLaterDrains() {
        fourRuns();
        model.drain();
        listener.onEvent(accuracy(2, 2, 0.95, 6_000));
        listener.onEvent(state(2, RunState.COMPLETED, "", 7_000));
        model.drain();
        RunRow run = model.row(MonitorFixtures.runId(2));
        assertEquals(RunState.COMPLETED, run.state());
        assertEquals(run, model.bestRunProperty().get());
        assertTrue(model.status().summaryProperty().get().contains("best 0.95 (run 2)"),
                model.status().summaryProperty().get());
    }

    @Test
    void filtersByStateAndText() {
        fourRuns();
        model.drain();
        model.filterProperty().set(model.filterProperty().get().withStates(EnumSet.of(RunState.COMPLETED, RunState.CANCELED)));
        assertEquals(List.of(0, 1), numbers(model.visibleRows()));
        model.filterProperty().set(model.filterProperty().get().withText("ADAM"));
        assertEquals(List.of(1), numbers(model.visibleRows()));
        model.filterProperty().set(RunFilter.all().withText("slack"));
        assertEquals(List.of(1), numbers(model.visibleRows()), "the cancel reason is searched");
    }

    @Test
    void rangeOnANumericColumnIsTheSameAsABrush() {
        fourRuns();
        model.drain();
        model.setRange(RunColumns.parameterId("learning_rate"), new ValueRange(0.06, 0.005));
        assertEquals(List.of(1, 3), numbers(model.visibleRows()));
        model.setRange(RunColumns.BEST, new ValueRange(0.4, 0.6));
        assertEquals(List.of(1), numbers(model.visibleRows()), "a run without a score is outside every range");
        model.setRange(RunColumns.BEST, null);
        model.setRange(RunColumns.parameterId("learning_rate"), null);
        assertEquals(4, model.visibleRows().size());
    }

    @Test
    void aChoiceOfTextIsBrushedByPosition() {
        fourRuns();
        model.drain();
        model.setRange(RunColumns.parameterId("optimizer"), new ValueRange(0.5, 1.5));
        assertEquals(List.of(1, 2), numbers(model.visibleRows()), "adam is the second value");
        model.setRange(RunColumns.parameterId("optimizer"), null);
        model.setRange(RunColumns.parameterId("batch_size"), new ValueRange(16, 32));
        assertEquals(List.of(1, 2, 3), numbers(model.visibleRows()));
    }

    @Test
    void filtersApplyToRunsThatArriveLater() {
        fourRuns();
        model.drain();
        model.setRange(RunColumns.BEST, new ValueRange(0.75, 1));
        assertEquals(List.of(0), numbers(model.visibleRows()));
        listener.onEvent(accuracy(2, 2, 0.8, 6_000));
        listener.onEvent(queued(4, 0.02, 64, "sgd"));
        model.drain();
        assertEquals(List.of(0, 2), numbers(model.visibleRows()), "run 2 scored into the range; run 4 has no score");
    }

    @Test
    void topKKeepsTheBestScoredRunsAfterTheOtherFilters() {
        fourRuns();
        model.drain();
        model.topKProperty().set(2);
        assertEquals(List.of(0, 2), numbers(model.visibleRows()));
        model.filterProperty().set(RunFilter.all().withText("adam"));
        assertEquals(List.of(1, 2), numbers(model.visibleRows()));
        model.topKProperty().set(0);
        model.filterProperty().set(RunFilter.all());
        assertEquals(4, model.visibleRows().size());
    }

    @Test
    void topKFollowsNewScores() {
        fourRuns();
        model.drain();
        model.topKProperty().set(1);
        assertEquals(List.of(0), numbers(model.visibleRows()));
        listener.onEvent(accuracy(2, 2, 0.99, 6_000));
        model.drain();
        assertEquals(List.of(2), numbers(model.visibleRows()));
    }

    @Test
    void columnsSortNumbersWithMissingValuesLast() {
        fourRuns();
        model.drain();
        List<RunRow> sorted = model.rows().stream().sorted(model.column(RunColumns.BEST).comparator()).toList();
        assertEquals(List.of(1, 2, 0, 3), numbers(sorted));
        List<RunRow> byState = model.rows().stream().sorted(model.column(RunColumns.STATE).comparator()).toList();
        assertEquals(List.of(1, 0, 3, 2), numbers(byState), "alphabetical: Canceled, Completed, Queued, Running");
        List<RunRow> byBatch = model.rows().stream()
                .sorted(model.column(RunColumns.parameterId("batch_size")).comparator().reversed()).toList();
        assertEquals(List.of(0, 2, 3, 1), numbers(byBatch));
    }

    @Test
    void aSortedViewReordersWhenScoresChangeInALaterBatch() {
        fourRuns();
        model.drain();
        javafx.collections.transformation.SortedList<RunRow> sorted = new javafx.collections.transformation.SortedList<>(
                model.visibleRows(), model.column(RunColumns.BEST).comparator().reversed());
        assertEquals(List.of(3, 0, 2, 1), numbers(sorted), "missing scores sort last ascending, so first reversed");
        listener.onEvent(accuracy(2, 2, 0.95, 6_000));
        model.drain();
        assertEquals(List.of(3, 2, 0, 1), numbers(sorted));
    }

    @Test
    void choiceOfNumbersShowsSortedCategories() {
        assertEquals(List.of("16", "32", "64"), model.column(RunColumns.parameterId("batch_size")).categories());
        assertEquals(List.of("sgd", "adam"), model.column(RunColumns.parameterId("optimizer")).categories());
    }

    @Test
    void unknownColumnIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.setRange("param.nope", new ValueRange(0, 1)));
        assertTrue(e.getMessage().contains("param.nope"));
    }

    @Test
    void sweepEndAndWarningsReachTheStatus() {
        fourRuns();
        listener.onEvent(state(2, RunState.FAILED, "exit code 1", 8_000));
        listener.onEvent(new SweepEvent.Warning(MonitorFixtures.SWEEP, MonitorFixtures.runId(0), "malformed line"));
        listener.onEvent(new SweepEvent.SweepEnded(MonitorFixtures.SWEEP, SweepState.COMPLETED, "max_total_runs (4) reached", 9_000));
        model.drain();
        assertEquals(SweepState.COMPLETED, model.sweepState());
        assertEquals(List.of(MonitorFixtures.runId(0) + ": malformed line"), model.status().warnings());
        assertTrue(model.status().summaryProperty().get().startsWith("Completed (max_total_runs (4) reached) · 4 runs"));
        assertFalse(model.drain(), "nothing new, and no running run to age");
    }

    @Test
    void noBestRunWithoutAFiniteValue() {
        listener.onEvent(queued(0, 0.001, 64, "sgd"));
        listener.onEvent(accuracy(0, 1, Double.NaN, 2_000));
        model.drain();
        assertNull(model.bestRunProperty().get());
    }

    private static List<Integer> numbers(List<RunRow> rows) {
        return rows.stream().map(RunRow::number).toList();
    }
}
