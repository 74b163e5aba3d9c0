package io.hyperdesk.gui.common;

import javafx.application.Platform;

/**
 * An action run once on the JavaFX thread after the current pulse, however often it was requested
 * before it ran. A view that follows the 250 ms drain requests its redraw here instead of redrawing
 * inside the drain: the drain's frame then lays out and paints the table alone, and the chart
 * redraws on the UI thread while the render thread is still painting that frame — two light
 * frames instead of one heavy one.
 */
public final class AfterPulse {

    private final Runnable action;
    private boolean requested;

    public AfterPulse(Runnable action) {
        this.action = action;
    }

    /** Asks for the action; UI thread. Requests made before it runs are one request. */
    public void request() {
        if (requested) {
            return;
        }
        requested = true;
        Platform.runLater(() -> {
            requested = false;
            action.run();
        });
    }
}
