package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/** SPEC E8: {@code qloguniform(low, high, q)} = {@code round(exp(uniform(low, high)) / q) * q}. */
public record QLogUniform(double low, double high, double q) implements ParameterExpression {

    @Override
    public String kind() {
        return "qloguniform";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return Quantization.round(Math.exp(low + (high - low) * random.nextDouble()), q);
    }

    @Override
    public Object quantile(double u) {
        return Quantization.round(Math.exp(low + (high - low) * u), q);
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
