package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/** SPEC E9: {@code qnormal(mu, sigma, q)} = {@code round(normal(mu, sigma) / q) * q}. */
public record QNormal(double mu, double sigma, double q) implements ParameterExpression {

    @Override
    public String kind() {
        return "qnormal";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return Quantization.round(mu + sigma * random.nextGaussian(), q);
    }

    @Override
    public Object quantile(double u) {
        return Quantization.round(mu + sigma * Gaussian.quantile(u), q);
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
