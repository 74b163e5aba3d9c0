package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScrambledSobolTest {

    @Test
    void pointsAreInTheUnitCubeAndReproducibleBySeed() {
        ScrambledSobol a = new ScrambledSobol(3, new SplittableRandom(1));
        ScrambledSobol b = new ScrambledSobol(3, new SplittableRandom(1));
        for (int i = 0; i < 50; i++) {
            double[] p = a.next();
            assertArrayEquals(p, b.pointAt(i), 0, "pointAt agrees with the running sequence at " + i);
            for (double u : p) {
                assertTrue(u >= 0 && u < 1);
            }
        }
        assertFalse(Arrays.equals(new ScrambledSobol(3, new SplittableRandom(2)).pointAt(0), b.pointAt(0)));
    }

    @Test
    void theShiftKeepsEachCoordinateStratified() {
        // A digital shift permutes dyadic intervals, so the first 16 points still put exactly one
        // point in each sixteenth of every coordinate.
        ScrambledSobol sobol = new ScrambledSobol(4, new SplittableRandom(5));
        int[][] counts = new int[4][16];
        for (int i = 0; i < 16; i++) {
            double[] p = sobol.next();
            for (int j = 0; j < 4; j++) {
                counts[j][(int) (p[j] * 16)]++;
            }
        }
        for (int[] row : counts) {
            for (int c : row) {
                assertEquals(1, c);
            }
        }
    }
}
