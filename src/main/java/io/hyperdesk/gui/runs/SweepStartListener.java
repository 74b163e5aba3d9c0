package io.hyperdesk.gui.runs;

import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.gui.project.ProjectSession;

/**
 * Told of each sweep the window starts, on the UI thread, after the sweep is set up and before
 * {@link Sweep#run()} begins on the background thread: the place to add a
 * {@link io.hyperdesk.engine.sweep.SweepListener} so that no event is missed (the monitor's model
 * does this). Must return quickly.
 */
@FunctionalInterface
public interface SweepStartListener {

    void sweepStarting(ProjectSession session, Sweep sweep);
}
