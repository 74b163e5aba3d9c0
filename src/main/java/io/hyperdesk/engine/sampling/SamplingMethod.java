package io.hyperdesk.engine.sampling;

import java.util.Locale;

/** How a sweep samples its search space (SPEC §2). */
public enum SamplingMethod {
    RANDOM,
    SOBOL,
    GRID,
    BAYESIAN;

    /** The lower-case name used in sweep.json. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
