package io.hyperdesk.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperdesk.engine.run.Goal;
import org.junit.jupiter.api.Test;

class WorstFirstTest {

    static final double NAN = Double.NaN;

    @Test
    void ordersWorstFirstWithNonFiniteValuesWorst() {
        WorstFirst maximize = new WorstFirst(new double[] {0.5, NAN, 0.1, Double.POSITIVE_INFINITY, 0.3}, 5,
                Goal.MAXIMIZE);
        assertEquals(NAN, maximize.at(0));
        assertEquals(NAN, maximize.at(1));
        assertEquals(0.1, maximize.at(2));
        assertEquals(0.5, maximize.at(4));
        WorstFirst minimize = new WorstFirst(new double[] {0.5, NAN, 0.1, 0.3}, 4, Goal.MINIMIZE);
        assertEquals(NAN, minimize.at(0));
        assertEquals(0.5, minimize.at(1));
        assertEquals(0.1, minimize.at(3));
    }

    @Test
    void medianOfOddEvenAndMissingValues() {
        assertEquals(0.3, new WorstFirst(new double[] {0.5, 0.1, 0.3}, 3, Goal.MAXIMIZE).median());
        assertEquals(0.25, new WorstFirst(new double[] {0.5, 0.1, 0.3, 0.2}, 4, Goal.MINIMIZE).median());
        assertEquals(NAN, new WorstFirst(new double[] {NAN, 0.5}, 2, Goal.MAXIMIZE).median());
        assertEquals(0.5, new WorstFirst(new double[] {NAN, 0.5, 0.5}, 3, Goal.MAXIMIZE).median());
        assertEquals(0.5, new WorstFirst(new double[] {0.5, 9, 9}, 1, Goal.MAXIMIZE).median(), "only count values");
    }
}
