package io.hyperdesk.gui.monitor.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.gui.monitor.MonitorFixtures;
import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunColumns;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.ValueRange;
import org.junit.jupiter.api.Test;

class ParallelAxisTest {

    private final SweepMonitorModel model = SweepMonitorModel.live(MonitorFixtures.config(), MonitorFixtures.SWEEP);

    private RunColumn column(String name) {
        return model.column(RunColumns.parameterId(name));
    }

    @Test
    void numericAxisMapsItsDataRangeLinearlyOrLogarithmically() {
        double[] values = {0.001, 0.01, 0.1, Double.NaN};
        ParallelAxis linear = ParallelAxis.of(column("learning_rate"), values, false);
        assertEquals(0, linear.position(0.001), 1e-12);
        assertEquals(1, linear.position(0.1), 1e-12);
        assertTrue(Double.isNaN(linear.position(Double.NaN)));
        ParallelAxis log = ParallelAxis.of(column("learning_rate"), values, true);
        assertTrue(log.isLog());
        assertEquals(0.5, log.position(0.01), 1e-12);
        ValueRange range = log.rangeOf(0.25, 0.75);
        assertEquals(Math.pow(10, -2.5), range.low(), 1e-12);
        assertEquals(Math.pow(10, -1.5), range.high(), 1e-12);
        assertArrayEquals(new double[] {0.25, 0.75}, log.positionsOf(range), 1e-9);
        assertFalse(ParallelAxis.of(column("learning_rate"), new double[] {-1, 1}, true).isLog(),
                "no log scale over values that are not all positive");
    }

    @Test
    void choiceOfNumbersIsCategoricalInAscendingOrder() {
        ParallelAxis axis = ParallelAxis.of(column("batch_size"), new double[] {64, 16}, false);
        assertTrue(axis.isCategorical());
        assertEquals(0, axis.position(16), 1e-12);
        assertEquals(0.5, axis.position(32), 1e-12);
        assertEquals(1, axis.position(64), 1e-12);
        assertEquals(new ValueRange(32, 64), axis.rangeOf(0.4, 1.0), "the brush covers the ticks of 32 and 64");
        assertFalse(axis.rangeOf(0.1, 0.4).contains(16), "a span between ticks covers nothing");
        assertFalse(axis.rangeOf(0.1, 0.4).contains(32));
        assertEquals(3, axis.ticks().size());
        assertEquals("64", axis.ticks().get(2).label());
    }

    @Test
    void choiceOfTextIsBrushedByPosition() {
        ParallelAxis axis = ParallelAxis.of(column("optimizer"), new double[] {0, 1}, false);
        assertEquals(1, axis.position(1), 1e-12);
        assertEquals(new ValueRange(1, 1), axis.rangeOf(0.8, 1));
        assertArrayEquals(new double[] {1, 1}, axis.positionsOf(new ValueRange(1, 1)), 1e-12);
    }
}
