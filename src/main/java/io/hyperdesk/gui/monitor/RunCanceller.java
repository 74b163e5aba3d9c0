package io.hyperdesk.gui.monitor;

/**
 * Cancels one run of a live sweep: {@code sweep::cancelRun}. Called on the UI thread; must return
 * at once ({@code Sweep.cancelRun} only queues the request).
 */
@FunctionalInterface
public interface RunCanceller {

    /** For a sweep read from the store: there is nothing to cancel. */
    RunCanceller NONE = (runId, reason) -> {
        throw new IllegalStateException("run " + runId + " belongs to a sweep that is not running in this app");
    };

    void cancelRun(String runId, String reason);
}
