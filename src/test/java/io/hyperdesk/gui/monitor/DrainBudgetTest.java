package io.hyperdesk.gui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The drain budget: small at first, doubled after quick full batches, cut after slow ones. */
class DrainBudgetTest {

    private static final long MS = 1_000_000;

    @Test
    void startsSmallAndDoublesWhileFullBatchesAreQuick() {
        DrainBudget budget = new DrainBudget();
        assertEquals(DrainBudget.FIRST, budget.runs());
        budget.record(2 * MS, true);
        assertEquals(2 * DrainBudget.FIRST, budget.runs());
        budget.record(2 * MS, true);
        assertEquals(4 * DrainBudget.FIRST, budget.runs());
    }

    @Test
    void aBatchThatWasNotFullSaysNothingAboutABiggerOne() {
        DrainBudget budget = new DrainBudget();
        budget.record(1 * MS, false);
        assertEquals(DrainBudget.FIRST, budget.runs());
    }

    @Test
    void aSlowDrainCutsTheBudgetInProportion() {
        DrainBudget budget = new DrainBudget();
        budget.record(2 * MS, true);
        budget.record(40 * MS, true);
        assertEquals(2 * DrainBudget.FIRST * 10 / 40, budget.runs());
    }

    @Test
    void staysWithinItsBounds() {
        DrainBudget budget = new DrainBudget();
        for (int i = 0; i < 20; i++) {
            budget.record(MS, true);
        }
        assertEquals(DrainBudget.MAX, budget.runs());
        for (int i = 0; i < 20; i++) {
            budget.record(1_000 * MS, true);
        }
        assertEquals(DrainBudget.MIN, budget.runs());
    }

    @Test
    void aDrainBetweenHalfAndTheWholeTargetKeepsTheBudget() {
        DrainBudget budget = new DrainBudget();
        budget.record(DrainBudget.TARGET_NANOS * 3 / 4, true);
        assertEquals(DrainBudget.FIRST, budget.runs());
    }
}
