package io.hyperdesk.engine.sweep;

import java.time.Instant;
import java.util.Objects;

/**
 * A sweep as first stored.
 *
 * @param id         the sweep id
 * @param name       the sweep's name from sweep.json
 * @param configJson the sweep.json document it ran with, as the config layer wrote it
 * @param createdAt  when it started
 */
public record SweepRecord(String id, String name, String configJson, Instant createdAt) {

    public SweepRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(configJson, "configJson");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
