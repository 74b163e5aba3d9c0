package io.hyperdesk.gui.runs;

import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.gui.project.ProjectSession;
import java.util.Objects;
import java.util.Optional;

/**
 * The sweep the Runs area shows, for views embedded there (run table, metric plots, parallel
 * coordinates): which project and sweep, its config when known, and whether it is running in
 * this window (then live batches follow through {@link RunsViewModel#addLiveListener}).
 */
public record ShownSweep(ProjectSession session, String sweepId, Optional<SweepConfig> config, boolean live) {

    public ShownSweep {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(sweepId, "sweepId");
        Objects.requireNonNull(config, "config");
    }
}
