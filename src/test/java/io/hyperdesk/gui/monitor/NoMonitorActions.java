package io.hyperdesk.gui.monitor;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** For demos and benchmarks of synthetic sweeps: nothing to open, cancel or export. */
public final class NoMonitorActions implements MonitorActions {
    @Override
    public Path runFolder(String runId) {
        return Path.of(System.getProperty("java.io.tmpdir"), runId);
    }

    @Override
    public boolean canCancelRuns() {
        return false;
    }

    @Override
    public void cancelRun(String runId, String reason) {
    }

    @Override
    public Optional<String> bestConfigurationJson() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
        return Optional.empty();
    }
}
