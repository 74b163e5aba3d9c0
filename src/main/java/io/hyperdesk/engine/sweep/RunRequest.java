package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.space.Configuration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a launcher needs to start one run (DESIGN "Training-script protocol").
 *
 * @param sweepId     the sweep's id ({@code HYPERDESK_SWEEP_ID})
 * @param runId       the run's id ({@code HYPERDESK_RUN_ID}), {@code <sweep-id>_<n>}
 * @param arguments   the full argument vector: the sweep's command followed by
 *                    {@code --<name> <value>} per parameter in declaration order (see
 *                    {@link RunCommand}); passed to the OS as is, never through a shell
 * @param parameters  the configuration ({@code HYPERDESK_PARAMS} as a JSON object)
 * @param resumeFromRunId for a resumed child run (SPEC W3), the earlier run whose outputs
 *                    directory the launcher appends as {@code --resume-from <dir>}
 */
public record RunRequest(
        String sweepId,
        String runId,
        List<String> arguments,
        Configuration parameters,
        Optional<String> resumeFromRunId) {

    public RunRequest {
        Objects.requireNonNull(sweepId, "sweepId");
        Objects.requireNonNull(runId, "runId");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(resumeFromRunId, "resumeFromRunId");
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("a run needs a command");
        }
    }
}
