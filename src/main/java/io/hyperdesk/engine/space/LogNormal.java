package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/** SPEC E6: {@code lognormal(mu, sigma)} = {@code exp(normal(mu, sigma))}. */
public record LogNormal(double mu, double sigma) implements ParameterExpression {

    @Override
    public String kind() {
        return "lognormal";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return Math.exp(mu + sigma * random.nextGaussian());
    }

    @Override
    public Object quantile(double u) {
        return Math.exp(mu + sigma * Gaussian.quantile(u));
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
