package io.hyperdesk.engine.space;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * SPEC E1: {@code choice(v1, v2, …)}, {@code choice([v1, …])} or {@code choice(range(a, b[, step]))}.
 *
 * @param values the values in declaration order; each a Long, Double, String or Boolean
 * @param form   how the values were written, so the expression prints back to the same text
 */
public record Choice(List<Object> values, Form form) implements ParameterExpression {

    /** The written form of a choice: loose arguments, one list, or one range. */
    public enum Form { ARGUMENTS, LIST, RANGE }

    public Choice {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("choice needs at least one value");
        }
    }

    public Choice(List<Object> values) {
        this(values, Form.ARGUMENTS);
    }

    @Override
    public String kind() {
        return "choice";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    @Override
    public Object quantile(double u) {
        int index = (int) Math.floor(u * values.size());
        return values.get(Math.min(Math.max(index, 0), values.size() - 1));
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
