package io.hyperdesk.gui.monitor;

import io.hyperdesk.project.BestConfiguration;
import io.hyperdesk.project.Project;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The monitor's actions for a sweep of an open project: run folders from the project layout, the
 * best configuration from {@link BestConfiguration} (the same document as {@code best}, parent
 * sweeps included, SPEC M4), cancellation through the live sweep.
 */
public final class ProjectMonitorActions implements MonitorActions {

    private final Project project;
    private final String sweepId;
    private final RunCanceller canceller;
    private final boolean live;
    private final SaveFileChooser chooser;

    /**
     * @param canceller {@code sweep::cancelRun} for a live sweep, {@link RunCanceller#NONE} for
     *                  one read from the store
     * @param chooser   where exports go; {@link SaveFileChooser#dialog} in the app
     */
    public ProjectMonitorActions(Project project, String sweepId, RunCanceller canceller, SaveFileChooser chooser) {
        this.project = Objects.requireNonNull(project, "project");
        this.sweepId = Objects.requireNonNull(sweepId, "sweepId");
        this.canceller = Objects.requireNonNull(canceller, "canceller");
        this.live = canceller != RunCanceller.NONE;
        this.chooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** With the platform's save dialog, starting in the project folder. */
    public ProjectMonitorActions(Project project, String sweepId, RunCanceller canceller) {
        this(project, sweepId, canceller, SaveFileChooser.dialog(project.layout().folder()));
    }

    @Override
    public Path runFolder(String runId) {
        return project.layout().runFolder(runId);
    }

    @Override
    public boolean canCancelRuns() {
        return live;
    }

    @Override
    public void cancelRun(String runId, String reason) {
        canceller.cancelRun(runId, reason);
    }

    @Override
    public Optional<String> bestConfigurationJson() {
        return BestConfiguration.of(project, sweepId).map(BestConfiguration::toJson);
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
        return chooser.choose(owner, title, suggestedName);
    }
}
