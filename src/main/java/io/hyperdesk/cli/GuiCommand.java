package io.hyperdesk.cli;

import io.hyperdesk.gui.HyperDeskApp;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gui [project dir]}: opens the app, on that project when given. */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Opens the HyperDesk window, on the given project with its latest sweep shown.")
final class GuiCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROJECT", arity = "0..1", description = "a project folder or its sweep.json")
    Path project;

    @Override
    public Integer call() {
        HyperDeskApp.launchApp(project == null ? new String[0] : new String[] {project.toString()});
        return 0;
    }
}
