package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.SearchSpace;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings about a sweep's sampling that do not stop it (SPEC S3, S4, S5), as plain sentences, so
 * the CLI's {@code validate} and the GUI show the same words. A space that {@link SamplingRules}
 * refuses gets no warnings here, only its problems there.
 */
public final class SpaceWarnings {

    /** SPEC S5: Bayesian sampling wants at least this many runs per parameter. */
    public static final int BAYESIAN_RUNS_PER_PARAMETER = 20;

    /** SPEC S5: Bayesian sampling learns little from runs that go at once above this. */
    public static final int BAYESIAN_MAX_CONCURRENT_RUNS = 20;

    private SpaceWarnings() {
    }

    /** The warnings for sampling {@code space} with {@code method} under these limits; often none. */
    public static List<String> warnings(SearchSpace space, SamplingMethod method, int maxTotalRuns, int maxConcurrentRuns) {
        List<String> warnings = new ArrayList<>();
        switch (method) {
            case GRID -> {
                if (space.isAllChoice()) { // otherwise SamplingRules refuses the space
                    GridPlan.of(space, maxTotalRuns).warning().ifPresent(warnings::add);
                }
            }
            case RANDOM, SOBOL -> {
                if (space.isAllChoice()) {
                    BigInteger size = GridPlan.of(space, maxTotalRuns).combinations();
                    if (size.compareTo(BigInteger.valueOf(maxTotalRuns)) < 0) {
                        warnings.add("the search space has only " + size + " configurations; the sweep stops after "
                                + size + " runs, below max_total_runs " + maxTotalRuns);
                    }
                }
            }
            case BAYESIAN -> {
                int wanted = BAYESIAN_RUNS_PER_PARAMETER * space.dimension();
                if (maxTotalRuns < wanted) {
                    warnings.add("max_total_runs " + maxTotalRuns + " is below 20 × " + space.dimension()
                            + (space.dimension() == 1 ? " parameter" : " parameters") + " = " + wanted
                            + "; Bayesian sampling needs about " + wanted + " runs to beat random sampling");
                }
                if (maxConcurrentRuns > BAYESIAN_MAX_CONCURRENT_RUNS) {
                    warnings.add("max_concurrent_runs " + maxConcurrentRuns + " is above " + BAYESIAN_MAX_CONCURRENT_RUNS
                            + "; Bayesian sampling learns from finished runs, so many runs at once make it closer to random");
                }
            }
            default -> {
            }
        }
        return warnings;
    }
}
