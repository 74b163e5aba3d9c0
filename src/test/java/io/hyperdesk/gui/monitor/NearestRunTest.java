package io.hyperdesk.gui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Which run a click hits: the nearest point within 8 pixels, without a toolkit. */
class NearestRunTest {

    private final List<RunRow> runs = SweepMonitorModel.live(MonitorFixtures.config(), MonitorFixtures.SWEEP)
            .sampleRows(3);
    /** 0..100 on both axes over a 100 × 100 pixel area: one unit is one pixel; y grows upwards. */
    private final XYPlot plot = plot();
    private final Rectangle2D area = new Rectangle2D.Double(0, 0, 100, 100);

    private static XYPlot plot() {
        NumberAxis x = new NumberAxis();
        x.setRange(0, 100);
        NumberAxis y = new NumberAxis();
        y.setRange(0, 100);
        return new XYPlot(null, x, y, null);
    }

    @Test
    void theNearestPointWithinTheRadiusWins() {
        NearestRun nearest = new NearestRun(plot, area, 50, 50);
        nearest.offer(runs.get(0), 55, 50);
        nearest.offer(runs.get(1), 52, 49);
        nearest.offer(runs.get(2), 90, 50);
        assertEquals(Optional.of(runs.get(1)), nearest.nearest());
    }

    @Test
    void pointsFartherThanTheRadiusAreMissed() {
        NearestRun nearest = new NearestRun(plot, area, 50, 50);
        nearest.offer(runs.get(0), 50 + NearestRun.RADIUS + 1, 50);
        assertTrue(nearest.nearest().isEmpty());
    }

    @Test
    void aLineIsHitWhereItPassesTheClick() {
        NearestRun nearest = new NearestRun(plot, area, 30, 50);
        nearest.offerAtClick(runs.get(0), 45);
        nearest.offerAtClick(runs.get(1), 53);
        assertEquals(Optional.of(runs.get(1)), nearest.nearest(), "3 pixels above beats 5 below");
    }
}
