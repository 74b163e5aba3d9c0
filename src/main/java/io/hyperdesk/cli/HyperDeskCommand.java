package io.hyperdesk.cli;

import io.hyperdesk.gui.HyperDeskApp;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hyperdesk}: with no subcommand, opens the GUI (DESIGN "Command line"). */
@Command(name = "hyperdesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Hyperparameter sweeps on the desktop, following Azure ML HyperDrive.",
        subcommands = {CommandLine.HelpCommand.class})
public final class HyperDeskCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        HyperDeskApp.launchApp(new String[0]);
        return 0;
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli command line, for tests that capture its output. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HyperDeskCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
