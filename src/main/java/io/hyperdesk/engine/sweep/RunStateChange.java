package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.run.RunState;
import java.time.Instant;

/** One recorded state change of a run, with its reason (may be empty). */
public record RunStateChange(String runId, RunState state, Instant at, String reason) {
}
