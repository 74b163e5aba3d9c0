package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/** SPEC E7: {@code quniform(low, high, q)} = {@code round(uniform(low, high) / q) * q}, half-to-even, not clipped (E11). */
public record QUniform(double low, double high, double q) implements ParameterExpression {

    @Override
    public String kind() {
        return "quniform";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return Quantization.round(low + (high - low) * random.nextDouble(), q);
    }

    @Override
    public Object quantile(double u) {
        return Quantization.round(low + (high - low) * u, q);
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
