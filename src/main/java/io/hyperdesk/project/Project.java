package io.hyperdesk.project;

import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.config.SweepFileReader;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepStore;
import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.store.SqliteSweepStore;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * An open project folder: its layout, its sweep file and its store. The one place where the
 * command line and the GUI meet the store and the launcher. Thread-safe as its store is.
 */
public final class Project implements AutoCloseable {

    private final ProjectLayout layout;
    private final SqliteSweepStore store;

    private Project(ProjectLayout layout, SqliteSweepStore store) {
        this.layout = layout;
        this.store = store;
    }

    /** Opens the project, creating its store on first use. */
    public static Project open(ProjectLayout layout) {
        return new Project(layout, SqliteSweepStore.open(layout.database()));
    }

    /** Opens a project whose store was put elsewhere ({@code run --store FILE}). */
    public static Project open(ProjectLayout layout, java.nio.file.Path database) {
        return new Project(layout, SqliteSweepStore.open(database));
    }

    /**
     * Opens an existing project's store for reading; empty when the project has never run a sweep
     * (so that listing commands do not create files).
     */
    public static Optional<Project> openExisting(ProjectLayout layout) {
        if (!Files.isRegularFile(layout.database())) {
            return Optional.empty();
        }
        return Optional.of(open(layout));
    }

    public ProjectLayout layout() {
        return layout;
    }

    public SweepStore store() {
        return store;
    }

    SqliteSweepStore sqliteStore() {
        return store;
    }

    /** Reads and validates the project's sweep.json. */
    public SweepFileResult readSweepFile() {
        return SweepFileReader.read(layout.sweepFile());
    }

    /** The project's sweeps, newest first. */
    public List<SweepSummary> sweeps() {
        return store.sweeps();
    }

    /** The newest sweep's id. */
    public Optional<String> latestSweepId() {
        return sweeps().stream().findFirst().map(SweepSummary::id);
    }

    /**
     * The sweep.json a stored sweep ran with, parsed; empty when the sweep is unknown or its file no
     * longer validates. Cheap: reads no runs.
     */
    public Optional<SweepConfig> sweepConfig(String sweepId) {
        return store.sweepRecord(sweepId)
                .map(record -> SweepFileReader.parse(record.configJson(), record.name()))
                .filter(SweepFileResult::isValid)
                .map(SweepFileResult::configOrThrow);
    }

    public Optional<StoredSweep> loadSweep(String sweepId) {
        return store.loadSweep(sweepId);
    }

    @Override
    public void close() {
        store.close();
    }
}
