package io.hyperdesk.gui.design;

import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.util.OptionalLong;

/** The "space size" line beside the settings: finite only when every parameter is a choice (SPEC S3, S4). */
final class SpaceSize {

    private SpaceSize() {
    }

    static String describe(SweepConfig config, SamplingMethod method) {
        if (config == null) {
            return "—";
        }
        OptionalLong size = config.space().size();
        if (size.isEmpty()) {
            return "unbounded (continuous parameters)";
        }
        long n = size.getAsLong();
        String text = n == Long.MAX_VALUE ? "more than 9.2e18 configurations" : String.format("%,d", n)
                + (n == 1 ? " configuration" : " configurations");
        if (method == SamplingMethod.GRID) {
            long runs = Math.min(n, config.maxTotalRuns());
            return text + "; the grid runs " + String.format("%,d", runs) + " of them";
        }
        return text + (method == SamplingMethod.BAYESIAN ? "" : ", drawn without repeats (SPEC S3)");
    }
}
