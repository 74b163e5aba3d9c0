package io.hyperdesk.cli;

import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.project.InterruptedSweeps;
import io.hyperdesk.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resolving the project folder and sweep id that commands take. */
final class ProjectArgument {

    private ProjectArgument() {
    }

    /** Opens an existing project's store for reading, or explains why there is none. */
    static Project openExisting(Path folder) {
        if (!Files.exists(folder)) {
            throw new CliErrors(CliErrors.INVALID_INPUT, "project: " + folder + " does not exist");
        }
        ProjectLayout layout = ProjectLayout.of(folder);
        Optional<Project> project = Project.openExisting(layout);
        if (project.isEmpty()) {
            throw new CliErrors(CliErrors.NOTHING, "project: " + layout.folder()
                    + " has no sweeps yet; start one with `hyperdesk run " + folder + "`");
        }
        InterruptedSweeps.recover(project.get());
        return project.get();
    }

    /** The sweep given with --sweep, or the project's newest. */
    static SweepSummary sweep(Project project, String sweepId) {
        if (sweepId == null) {
            return project.sweeps().stream().findFirst().orElseThrow(() -> new CliErrors(CliErrors.NOTHING,
                    "project: " + project.layout().folder() + " has no sweeps yet"));
        }
        return project.sweeps().stream().filter(s -> s.id().equals(sweepId)).findFirst()
                .orElseThrow(() -> new CliErrors(CliErrors.INVALID_INPUT, "--sweep: no sweep '" + sweepId + "' in "
                        + project.layout().folder() + "; `hyperdesk sweeps " + project.layout().folder()
                        + "` lists them"));
    }
}
