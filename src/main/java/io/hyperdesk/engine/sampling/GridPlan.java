package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * How a grid sweep will go (SPEC S4): the grid's size, how many runs it gets, and how many
 * combinations {@code max_total_runs} leaves out. The CLI's {@code validate}, the GUI's sweep form
 * and the sweep itself use it, so all say the same words.
 *
 * @param combinations  the Cartesian product's size
 * @param maxTotalRuns  the sweep's {@code max_total_runs}
 */
public record GridPlan(BigInteger combinations, int maxTotalRuns) {

    public GridPlan {
        Objects.requireNonNull(combinations, "combinations");
    }

    /**
     * The plan for a space of {@code choice} parameters.
     *
     * @throws IllegalArgumentException naming the first parameter that is not a choice
     */
    public static GridPlan of(SearchSpace space, int maxTotalRuns) {
        BigInteger size = BigInteger.ONE;
        for (Parameter parameter : space.parameters()) {
            if (!(parameter.expression() instanceof Choice choice)) {
                throw new IllegalArgumentException(SamplingRules.notAChoice(parameter));
            }
            size = size.multiply(BigInteger.valueOf(choice.values().size()));
        }
        return new GridPlan(size, maxTotalRuns);
    }

    /** The runs the grid sweep generates: {@code min(combinations, max_total_runs)}. */
    public int runs() {
        return combinations.min(BigInteger.valueOf(Math.max(maxTotalRuns, 0))).intValueExact();
    }

    /** The combinations that never run because of {@code max_total_runs}. */
    public BigInteger leftOut() {
        return combinations.subtract(BigInteger.valueOf(runs()));
    }

    /**
     * The SPEC S4 warning when the grid is cut, e.g.
     * {@code grid has 96 combinations; max_total_runs 40 leaves out 56}.
     */
    public Optional<String> warning() {
        if (leftOut().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of("grid has " + combinations + " combinations; max_total_runs " + maxTotalRuns
                + " leaves out " + leftOut());
    }
}
