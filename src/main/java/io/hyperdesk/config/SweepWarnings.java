package io.hyperdesk.config;

import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Warnings that do not stop a sweep (SPEC S4, S5), in the words the CLI and GUI both show. */
public final class SweepWarnings {

    private SweepWarnings() {
    }

    public static List<String> of(SweepConfig config) {
        List<String> warnings = new ArrayList<>();
        if (config.samplingMethod() == SamplingMethod.GRID) {
            OptionalLong size = config.space().size();
            if (size.isPresent() && size.getAsLong() > config.maxTotalRuns()) {
                long left = size.getAsLong() - config.maxTotalRuns();
                warnings.add("grid has " + size.getAsLong() + " combinations; max_total_runs " + config.maxTotalRuns()
                        + " leaves out " + left + " of them (SPEC S4)");
            }
        }
        if (config.samplingMethod() == SamplingMethod.BAYESIAN) {
            int parameters = config.space().dimension();
            if (config.maxTotalRuns() < 20 * parameters) {
                warnings.add("Bayesian sampling works best with max_total_runs at least 20 x the number of parameters ("
                        + 20 * parameters + " for " + parameters + "); it is " + config.maxTotalRuns() + " (SPEC S5)");
            }
            if (config.maxConcurrentRuns() > 20) {
                warnings.add("Bayesian sampling learns less with many runs at once: max_concurrent_runs is "
                        + config.maxConcurrentRuns() + "; 20 or fewer is recommended (SPEC S5)");
            }
        }
        return warnings;
    }
}
