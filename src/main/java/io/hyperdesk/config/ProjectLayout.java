package io.hyperdesk.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a project keeps its files (DESIGN "Project folder"): {@code sweep.json} and the training
 * code in the folder, HyperDesk's data in {@code .hyperdesk/}.
 */
public record ProjectLayout(Path folder) {

    public static final String SWEEP_FILE = "sweep.json";

    public ProjectLayout {
        folder = folder.toAbsolutePath().normalize();
    }

    /**
     * The project for a path given on the command line or dropped on the window: a project folder,
     * or a sweep.json (whose folder is the project).
     */
    public static ProjectLayout of(Path folderOrSweepFile) {
        Path path = folderOrSweepFile.toAbsolutePath().normalize();
        if (Files.isRegularFile(path)) {
            return new ProjectLayout(path.getParent());
        }
        return new ProjectLayout(path);
    }

    public Path sweepFile() {
        return folder.resolve(SWEEP_FILE);
    }

    public Path dataFolder() {
        return folder.resolve(".hyperdesk");
    }

    public Path database() {
        return dataFolder().resolve("hyperdesk.db");
    }

    public Path runsFolder() {
        return dataFolder().resolve("runs");
    }

    public Path runFolder(String runId) {
        return runsFolder().resolve(runId);
    }
}
