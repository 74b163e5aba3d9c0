package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/** SPEC E5: {@code normal(mu, sigma)}. */
public record Normal(double mu, double sigma) implements ParameterExpression {

    @Override
    public String kind() {
        return "normal";
    }

    @Override
    public Object sample(RandomGenerator random) {
        return mu + sigma * random.nextGaussian();
    }

    @Override
    public Object quantile(double u) {
        return mu + sigma * Gaussian.quantile(u);
    }

    @Override
    public String toText() {
        return ExpressionText.print(this);
    }
}
