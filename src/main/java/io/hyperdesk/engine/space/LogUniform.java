package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/** SPEC E4: {@code loguniform(low, high)} = {@code exp(uniform(low, high))}; the bounds are natural logs. */
public record LogUniform(double low, double high) implements ParameterExpression {

    @Override
    public String kind() {
        return "loguniform";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return Math.exp(low + (high - low) * random.nextDouble());
    }

    @Override
    public Object quantile(double u) {
        return Math.exp(low + (high - low) * u);
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
