package io.hyperdesk.engine.sweep;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a project's sweep list.
 *
 * @param id        the sweep id
 * @param name      its name
 * @param state     its state
 * @param reason    why it ended (empty while running)
 * @param createdAt when it started
 * @param endedAt   when it ended
 * @param runCount  how many runs it generated
 */
public record SweepSummary(
        String id,
        String name,
        SweepState state,
        String reason,
        Instant createdAt,
        Optional<Instant> endedAt,
        int runCount) {
}
