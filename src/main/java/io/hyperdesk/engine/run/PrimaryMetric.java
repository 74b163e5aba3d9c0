package io.hyperdesk.engine.run;

import java.util.Objects;

/** The metric a sweep optimizes: its exact logged name and its goal (SPEC M1). */
public record PrimaryMetric(String name, Goal goal) {

    public PrimaryMetric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goal, "goal");
    }
}
