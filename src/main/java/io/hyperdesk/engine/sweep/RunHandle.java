package io.hyperdesk.engine.sweep;

/** A started run, as its launcher lets the sweep control it. Thread-safe. */
public interface RunHandle {

    /**
     * Asks the run to stop: the local launcher sends SIGTERM to the whole process tree, then
     * SIGKILL after a grace period. Returns at once; idempotent. The run's end is still reported
     * through {@link RunObserver#onExit}, after everything it logged before it died.
     */
    void cancel();
}
