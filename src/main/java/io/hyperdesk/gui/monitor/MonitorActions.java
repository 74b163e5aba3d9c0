package io.hyperdesk.gui.monitor;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * What the monitor asks of the app it is embedded in: where a run's files are, how to cancel a
 * running run, the best-configuration document, and where to save a file.
 * {@link ProjectMonitorActions} is the implementation for a project.
 *
 * <p>Called on the UI thread, except {@link #bestConfigurationJson()} (on a background thread).
 */
public interface MonitorActions {

    /** The run's folder: {@code stdout.log}, {@code stderr.log} and {@code outputs/}. */
    Path runFolder(String runId);

    /** True when runs can be canceled (a live sweep in this app). */
    boolean canCancelRuns();

    /** Asks the sweep to cancel a running run; returns at once (the sweep reports the new state). */
    void cancelRun(String runId, String reason);

    /**
     * The best-configuration document exactly as the {@code best} command prints it; empty when no
     * run has a finite primary value yet. Called on a background thread.
     */
    Optional<String> bestConfigurationJson();

    /**
     * Asks where to save a file; empty when the user gave up.
     *
     * @param owner         the window to put a dialog over
     * @param title         the dialog's title, e.g. "Export runs as CSV"
     * @param suggestedName the file name to propose
     */
    Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName);
}
