package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.space.Configuration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A run as first stored, in state {@code Queued}.
 *
 * @param sweepId         its sweep
 * @param runId           {@code <sweep-id>_<n>} (SPEC L3)
 * @param number          {@code n}, from 0, in generation order
 * @param parameters      its configuration
 * @param resumedFromRunId for a resumed child run (SPEC W3), the run it continues
 * @param createdAt       when it was generated
 */
public record RunRecord(
        String sweepId,
        String runId,
        int number,
        Configuration parameters,
        Optional<String> resumedFromRunId,
        Instant createdAt) {

    public RunRecord {
        Objects.requireNonNull(sweepId, "sweepId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(resumedFromRunId, "resumedFromRunId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
