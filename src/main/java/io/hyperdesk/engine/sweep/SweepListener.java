package io.hyperdesk.engine.sweep;

/**
 * Receives a sweep's events. Called on the sweep's scheduling thread, in order; must return
 * quickly and never block (the GUI only queues them for its 250 ms drain; the CLI updates a
 * progress line). An exception thrown here is swallowed so that a listener cannot stop a sweep.
 */
@FunctionalInterface
public interface SweepListener {

    void onEvent(SweepEvent event);
}
