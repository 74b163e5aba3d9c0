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
        subcommands = {GuiCommand.class, ValidateCommand.class, SampleCommand.class, RunSweepCommand.class,
                ResumeCommand.class, SweepsCommand.class, RunsCommand.class, BestCommand.class, ReplayCommand.class,
                CommandLine.HelpCommand.class})
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
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            if (exception instanceof CliErrors error) {
                command.getErr().println("error: " + error.getMessage());
                command.getErr().flush();
                return error.exitCode;
            }
            command.getErr().println("error: " + exception.getClass().getSimpleName()
                    + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
            command.getErr().println("This is a bug in HyperDesk; please report it with the command you ran"
                    + " (set HYPERDESK_DEBUG=1 to see where it happened).");
            if (System.getenv("HYPERDESK_DEBUG") != null) {
                exception.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return 1;
        });
        return commandLine;
    }
}
