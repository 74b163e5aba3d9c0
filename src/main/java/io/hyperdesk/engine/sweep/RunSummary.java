package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.run.RunState;
import java.time.Instant;
import java.util.Optional;

/**
 * A run with aggregates of one metric, as lists and tables show it (SPEC V1), read without
 * loading every value.
 *
 * @param record     what was stored when it was generated
 * @param state      its latest state
 * @param reason     the reason recorded with that state
 * @param startedAt  when it entered {@code Running}
 * @param endedAt    when it entered a terminal state
 * @param intervals  how many values it logged for the metric
 * @param last       the last value logged; NaN when none
 * @param best       the best value for the goal asked for (SPEC M3); NaN when none is finite
 * @param bestAtMillis when that best value was first logged (for ties, SPEC M4); 0 when none
 */
public record RunSummary(
        RunRecord record,
        RunState state,
        String reason,
        Optional<Instant> startedAt,
        Optional<Instant> endedAt,
        int intervals,
        double last,
        double best,
        long bestAtMillis) {
}
