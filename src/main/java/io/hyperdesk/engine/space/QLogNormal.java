package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/** SPEC E10: {@code qlognormal(mu, sigma, q)} = {@code round(exp(normal(mu, sigma)) / q) * q}. */
public record QLogNormal(double mu, double sigma, double q) implements ParameterExpression {

    @Override
    public String kind() {
        return "qlognormal";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return Quantization.round(Math.exp(mu + sigma * random.nextGaussian()), q);
    }

    @Override
    public Object quantile(double u) {
        return Quantization.round(Math.exp(mu + sigma * Gaussian.quantile(u)), q);
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
