package io.hyperdesk.cli;

/** A failure the command line reports as one {@code error: …} line and an exit code, never a stack trace. */
final class CliErrors extends RuntimeException {

    /** Exit code for bad input (an invalid sweep file, an unknown sweep). */
    static final int INVALID_INPUT = 2;
    /** Exit code when there is nothing to show (no sweeps, no best run). */
    static final int NOTHING = 1;

    final int exitCode;

    /** Prints one {@code error: <field>: <message>} line per problem and returns {@link #INVALID_INPUT}. */
    static int report(java.io.PrintWriter err, java.util.List<io.hyperdesk.config.ConfigProblem> problems) {
        for (io.hyperdesk.config.ConfigProblem problem : problems) {
            err.println("error: " + problem);
        }
        err.flush();
        return INVALID_INPUT;
    }

    CliErrors(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }
}
