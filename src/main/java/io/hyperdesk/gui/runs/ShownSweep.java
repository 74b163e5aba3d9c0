package io.hyperdesk.gui.runs;

import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.gui.project.ProjectSession;
import java.util.Objects;
import java.util.Optional;

/**
 * The sweep the Runs area shows, for views embedded there (run table, metric plots, parallel
 * coordinates): which project and sweep, its config when known, and whether it is running in
 * this window (then live batches follow through {@link RunsViewModel#addLiveListener}), and the
 * stored sweep when it was just read, so embedded views need not read it again.
 */
public record ShownSweep(ProjectSession session, String sweepId, Optional<SweepConfig> config, boolean live,
                         Optional<StoredSweep> stored) {

    /** A sweep shown without a stored copy at hand (the live one). */
    public ShownSweep(ProjectSession session, String sweepId, Optional<SweepConfig> config, boolean live) {
        this(session, sweepId, config, live, Optional.empty());
    }

    public ShownSweep {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(sweepId, "sweepId");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(stored, "stored");
    }
}
