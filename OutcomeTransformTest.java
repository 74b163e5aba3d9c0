package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutcomeTransformTest {

    @Test
    void standardisesToMeanZeroAndUnitVariance() {
        double[] values = {1, 2, 3, 4, 5};
        OutcomeTransform.apply(values);
        double sd = Math.sqrt(2.5);
        assertArrayEquals(new double[] {-2 / sd, -1 / sd, 0, 1 / sd, 2 / sd}, values, 1e-12);
    }

    @Test
    void pullsInADivergedRunButKeepsTheOrderAndTheGoodSide() {
        // Accuracy-like outcomes (larger is better) and one collapse far below.
        double[] values = {0.90, 0.91, 0.92, 0.93, 0.94, 0.95, -1e6};
        double[] compressed = values.clone();
        OutcomeTransform.compressBadTail(compressed);
        for (int i = 0; i < 6; i++) {
            assertEquals(values[i], compressed[i], 0, "good values stay");
        }
        // Quartiles 0.91 and 0.94, spread 0.03, fence 0.865: the collapse lands a few spreads below.
        double expected = 0.865 - 0.03 * Math.log1p((0.865 + 1e6) / 0.03);
        assertEquals(expected, compressed[6], 1e-9);
        assertTrue(compressed[6] < compressed[0]);

        OutcomeTransform.apply(values);
        assertTrue(values[5] - values[0] > 0.5, "the good runs stay distinguishable: " + (values[5] - values[0]));
    }

    @Test
    void aConstantOutcomeIsOnlyCentred() {
        double[] values = {4, 4, 4, 4};
        OutcomeTransform.apply(values);
        assertArrayEquals(new double[] {0, 0, 0, 0}, values, 0);
    }
}
