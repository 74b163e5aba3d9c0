package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/** SPEC E2: {@code randint(upper)}, an integer in {@code [0, upper)}. */
public record RandInt(long upper) implements ParameterExpression {

    @Override
    public String kind() {
        return "randint";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return random.nextLong(upper);
    }

    @Override
    public Object quantile(double u) {
        long value = (long) Math.floor(u * upper);
        return Math.min(Math.max(value, 0L), upper - 1);
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
