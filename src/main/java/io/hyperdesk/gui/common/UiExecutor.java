package io.hyperdesk.gui.common;

import java.util.concurrent.Executor;

/**
 * Where view models put work that must happen on the UI thread. The app uses
 * {@link #fx()}; view-model tests use {@link #direct()} so they run without a toolkit.
 */
public interface UiExecutor extends Executor {

    /** Runs on the JavaFX application thread (at once when already on it). */
    static UiExecutor fx() {
        return command -> {
            if (javafx.application.Platform.isFxApplicationThread()) {
                command.run();
            } else {
                javafx.application.Platform.runLater(command);
            }
        };
    }

    /** Runs on the calling thread, for tests. */
    static UiExecutor direct() {
        return Runnable::run;
    }
}
