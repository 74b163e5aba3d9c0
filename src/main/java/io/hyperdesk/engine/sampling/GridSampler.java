package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.Objects;
import java.util.Optional;

/**
 * SPEC S4: every combination of the {@code choice} parameters, in declaration order with the last
 * parameter varying fastest; run {@code n} takes combination {@code n}. Empty after
 * {@code min(grid size, max_total_runs)} runs ({@link GridPlan} words the warning for a cut grid).
 * Immutable and thread-safe.
 */
public final class GridSampler implements Sampler {

    private final ChoiceGrid grid;
    private final GridPlan plan;

    /**
     * @throws IllegalArgumentException naming a parameter that is not a {@code choice}, or a
     *                                  choice mixing strings with other values (SPEC E12)
     */
    public GridSampler(SearchSpace space, int maxTotalRuns) {
        Objects.requireNonNull(space, "space");
        var problems = SamplingRules.problems(space, SamplingMethod.GRID);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).toString());
        }
        this.plan = GridPlan.of(space, maxTotalRuns);
        this.grid = new ChoiceGrid(space);
    }

    /** The grid's size and cut. */
    public GridPlan plan() {
        return plan;
    }

    @Override
    public Optional<Configuration> next(SweepHistory history) {
        int n = history.generatedRuns();
        if (n >= plan.runs()) {
            return Optional.empty();
        }
        return Optional.of(grid.configuration(grid.digits(n)));
    }
}
