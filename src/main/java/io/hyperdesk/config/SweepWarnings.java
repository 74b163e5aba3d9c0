package io.hyperdesk.config;

import io.hyperdesk.engine.sampling.SpaceWarnings;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.util.List;

/** Warnings that do not stop a sweep (SPEC S3, S4, S5), in the words the CLI and the GUI both show. */
public final class SweepWarnings {

    private SweepWarnings() {
    }

    public static List<String> of(SweepConfig config) {
        return SpaceWarnings.warnings(config.space(), config.samplingMethod(), config.maxTotalRuns(),
                config.maxConcurrentRuns());
    }
}
