package io.hyperdesk.config;

import io.hyperdesk.engine.sweep.SweepConfig;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a sweep.json: the config when there is no error, every error found
 * (validation reports all problems at once), and warnings that do not stop a sweep (SPEC S4, S5).
 */
public record SweepFileResult(Optional<SweepConfig> config, List<ConfigProblem> errors, List<String> warnings) {

    public SweepFileResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The config; only call when {@link #isValid()}. */
    public SweepConfig configOrThrow() {
        return config.orElseThrow(() -> new IllegalStateException("invalid sweep file: " + errors));
    }
}
