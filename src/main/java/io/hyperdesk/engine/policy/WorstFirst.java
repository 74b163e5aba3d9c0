package io.hyperdesk.engine.policy;

import io.hyperdesk.engine.run.Goal;
import java.util.Arrays;

/**
 * Values ordered from worst to best for a goal, non-finite values first (SPEC M5: they rank
 * worst and tie with each other). Sorts primitives once; used for the median of running averages
 * (T5) and for the truncation cut line (T6).
 */
final class WorstFirst {

    private final double[] finiteAscending;
    private final int finiteCount;
    private final int nonFiniteCount;
    private final Goal goal;

    /** @param values the values, {@code count} of them from index 0; the array is reordered */
    WorstFirst(double[] values, int count, Goal goal) {
        this.goal = goal;
        int finite = 0;
        for (int i = 0; i < count; i++) {
            if (Double.isFinite(values[i])) {
                values[finite++] = values[i];
            }
        }
        Arrays.sort(values, 0, finite);
        this.finiteAscending = values;
        this.finiteCount = finite;
        this.nonFiniteCount = count - finite;
    }

    int size() {
        return finiteCount + nonFiniteCount;
    }

    /** The value at {@code position} (0 = worst); NaN for a non-finite one. */
    double at(int position) {
        if (position < nonFiniteCount) {
            return Double.NaN;
        }
        int index = position - nonFiniteCount;
        return goal == Goal.MAXIMIZE ? finiteAscending[index] : finiteAscending[finiteCount - 1 - index];
    }

    /** The median; with an even size the mean of the two middle values, NaN when either is non-finite. */
    double median() {
        int n = size();
        double upper = at(n / 2);
        return n % 2 == 1 ? upper : (at(n / 2 - 1) + upper) / 2;
    }
}
