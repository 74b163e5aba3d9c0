package io.hyperdesk.gui.monitor.plot;

import static io.hyperdesk.gui.monitor.MonitorFixtures.accuracy;
import static io.hyperdesk.gui.monitor.MonitorFixtures.queued;
import static io.hyperdesk.gui.monitor.MonitorFixtures.state;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.monitor.MonitorFixtures;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricPlotDataTest {

    private final SweepMonitorModel model = SweepMonitorModel.live(MonitorFixtures.config(), MonitorFixtures.SWEEP);

    private void run(int number, RunState end, double... values) {
        var listener = model.listener();
        listener.onEvent(queued(number, 0.01, 16, "sgd"));
        listener.onEvent(state(number, RunState.RUNNING, "", 1));
        for (int i = 0; i < values.length; i++) {
            listener.onEvent(accuracy(number, i + 1, values[i], 2 + i));
        }
        listener.onEvent(state(number, end, "", 100));
        model.drain();
    }

    @Test
    void oneLinePerRunThatLoggedWithEmphasisDrawnLast() {
        run(0, RunState.COMPLETED, 0.5, 0.9);
        run(1, RunState.CANCELED, 0.3);
        run(2, RunState.COMPLETED, 0.6, 0.7);
        run(3, RunState.COMPLETED);
        List<RunRow> rows = model.rows();
        MetricPlotData data = MetricPlotData.of(rows, "accuracy", Goal.MAXIMIZE, rows.get(0), rows.get(2));
        assertFalse(data.scatter());
        assertEquals(List.of(1, 0, 2), data.lines().stream().map(l -> l.row().number()).toList(),
                "canceled first, then best, then selected on top; run 3 logged nothing");
        assertEquals(List.of(RunLine.Style.CANCELED, RunLine.Style.BEST, RunLine.Style.SELECTED),
                data.lines().stream().map(RunLine::style).toList());
    }

    @Test
    void everyRunLoggingOnceGivesAScatterWithARunningBest() {
        run(0, RunState.COMPLETED, 0.5);
        run(1, RunState.COMPLETED, 0.4);
        run(2, RunState.FAILED, 0.8);
        run(3, RunState.COMPLETED, Double.NaN);
        MetricPlotData data = MetricPlotData.of(model.rows(), "accuracy", Goal.MAXIMIZE, null, null);
        assertTrue(data.scatter());
        assertEquals(4, data.points().size());
        assertArrayEquals(new double[] {0.5, 0.5, 0.8, 0.8}, data.runningBest(), 0);
        MetricPlotData minimize = MetricPlotData.of(model.rows(), "accuracy", Goal.MINIMIZE, null, null);
        assertArrayEquals(new double[] {0.5, 0.4, 0.4, 0.4}, minimize.runningBest(), 0);
    }

    @Test
    void otherMetricsArePlottedByStep() {
        run(0, RunState.COMPLETED, 0.5, 0.9);
        MetricPlotData loss = MetricPlotData.of(model.rows(), "loss", Goal.MAXIMIZE, null, null);
        assertEquals(1, loss.lines().size());
        assertEquals(2, loss.lines().get(0).row().series("loss").intervals());
    }
}
