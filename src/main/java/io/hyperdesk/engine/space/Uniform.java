package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/** SPEC E3: {@code uniform(low, high)}, a real in {@code [low, high]}. */
public record Uniform(double low, double high) implements ParameterExpression {

    @Override
    public String kind() {
        return "uniform";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return low + (high - low) * random.nextDouble();
    }

    @Override
    public Object quantile(double u) {
        return low + (high - low) * u;
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
