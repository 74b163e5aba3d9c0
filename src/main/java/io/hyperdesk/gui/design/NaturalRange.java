package io.hyperdesk.gui.design;

import io.hyperdesk.engine.space.LogNormal;
import io.hyperdesk.engine.space.LogUniform;
import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.engine.space.QLogNormal;
import io.hyperdesk.engine.space.QLogUniform;

/**
 * The hint beside a log kind's fields: what its natural-log arguments mean in the units the
 * training script receives (SPEC E4, E6, E8, E10), e.g. {@code = 0.0001 … 0.1} (e^low … e^high).
 */
final class NaturalRange {

    private static final int DIGITS = 3;

    private NaturalRange() {
    }

    /** The hint for {@code expression}; empty for null and for kinds without natural-log arguments. */
    static String describe(ParameterExpression expression) {
        if (expression instanceof LogUniform e) {
            return bounds(e.low(), e.high());
        }
        if (expression instanceof QLogUniform e) {
            return bounds(e.low(), e.high()) + ", step " + NaturalNumbers.format(e.q(), DIGITS);
        }
        if (expression instanceof LogNormal e) {
            return median(e.mu());
        }
        if (expression instanceof QLogNormal e) {
            return median(e.mu()) + ", step " + NaturalNumbers.format(e.q(), DIGITS);
        }
        return "";
    }

    private static String bounds(double low, double high) {
        return "= " + NaturalNumbers.format(Math.exp(low), DIGITS) + " … " + NaturalNumbers.format(Math.exp(high), DIGITS);
    }

    private static String median(double mu) {
        return "median " + NaturalNumbers.format(Math.exp(mu), DIGITS);
    }
}
