package io.hyperdesk.gui.monitor.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.run.MetricSeries;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The off-thread drawing of big sweeps' run lines, and the thinning of long series. */
class RunLinesImageTest {

    @Test
    void thinningKeepsEachBucketsMinimumAndMaximumInOrder() {
        double[] values = {1, 5, 2, 0, 3, 3, Double.NaN, Double.NaN};
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 6}, RunSeriesDataset.thin(values, 4));
    }

    @Test
    void frameSpansEveryFiniteValueWithAMargin() {
        var lines = List.of(new RunLinesImage.Line(MetricSeries.of(0.5, 1.0, Double.NaN), 0xff000000, false),
                new RunLinesImage.Line(MetricSeries.of(0.0), 0xff000000, true));
        RunLinesImage.Frame frame = RunLinesImage.Frame.of(lines, false);
        assertEquals(1, frame.xLow());
        assertEquals(3, frame.xHigh());
        assertTrue(frame.yLow() < 0 && frame.yLow() > -0.1);
        assertTrue(frame.yHigh() > 1 && frame.yHigh() < 1.1);
        RunLinesImage.Frame log = RunLinesImage.Frame.of(lines, true);
        assertTrue(log.yLow() > 0 && log.yLow() < 0.5, "zero is left out on a log axis");
    }

    @Test
    void drawsTheLinesWhereTheFramePutsThem() {
        var line = new RunLinesImage.Line(MetricSeries.of(0, 0), 0xffff0000, false);
        RunLinesImage.Frame frame = new RunLinesImage.Frame(1, 2, -1, 1, false);
        BufferedImage image = RunLinesImage.render(List.of(line), frame, 100, 50);
        assertEquals(100, image.getWidth());
        assertTrue((image.getRGB(50, 25) >>> 24) > 0, "the line crosses the middle");
        assertEquals(0, image.getRGB(50, 5) >>> 24, "transparent elsewhere");
    }
}
