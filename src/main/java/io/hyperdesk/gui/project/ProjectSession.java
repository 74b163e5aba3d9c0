package io.hyperdesk.gui.project;

import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.project.InterruptedSweeps;
import io.hyperdesk.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The project open in the window: its folder, and its store once there is one. Opening a folder
 * creates nothing; the store ({@code .hyperdesk/hyperdesk.db}) is created by the first sweep.
 * Thread-safe: the UI thread starts sweeps while background tasks read the sweep list.
 */
public final class ProjectSession implements AutoCloseable {

    private final ProjectLayout layout;
    private Project project;

    private ProjectSession(ProjectLayout layout, Project project) {
        this.layout = layout;
        this.project = project;
    }

    /**
     * Opens a project folder or the folder of a sweep.json. An existing store is opened and its
     * orphaned running sweeps are marked interrupted (SPEC W4).
     */
    public static ProjectSession open(Path folderOrSweepFile) {
        ProjectLayout layout = ProjectLayout.of(folderOrSweepFile);
        Optional<Project> existing = Project.openExisting(layout);
        existing.ifPresent(InterruptedSweeps::recover);
        return new ProjectSession(layout, existing.orElse(null));
    }

    public ProjectLayout layout() {
        return layout;
    }

    public Path folder() {
        return layout.folder();
    }

    /** The project's name: its folder's name. */
    public String name() {
        Path name = layout.folder().getFileName();
        return name == null ? layout.folder().toString() : name.toString();
    }

    public boolean hasSweepFile() {
        return Files.isRegularFile(layout.sweepFile());
    }

    /** The project with its store, created now if it has none yet (before a sweep starts). */
    public synchronized Project project() {
        if (project == null) {
            project = Project.open(layout);
        }
        return project;
    }

    /** The project's sweeps, newest first; empty while it has no store. */
    public synchronized List<SweepSummary> sweeps() {
        return project == null ? List.of() : project.sweeps();
    }

    public synchronized Optional<StoredSweep> loadSweep(String sweepId) {
        return project == null ? Optional.empty() : project.loadSweep(sweepId);
    }

    /** True once the store exists. */
    public synchronized boolean hasStore() {
        return project != null;
    }

    @Override
    public synchronized void close() {
        if (project != null) {
            project.close();
            project = null;
        }
    }
}
