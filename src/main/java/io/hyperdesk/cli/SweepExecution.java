package io.hyperdesk.cli;

import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.engine.sweep.SweepOutcome;
import io.hyperdesk.project.BestConfiguration;
import io.hyperdesk.project.Project;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a sweep in the foreground for {@code run} and {@code resume}: progress on stderr, summary on
 * stdout; Ctrl-C cancels the runs cleanly and leaves the store consistent.
 */
final class SweepExecution {

    /** How long Ctrl-C waits for the runs to stop and the store to commit. */
    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private SweepExecution() {
    }

    static int execute(Sweep sweep, Project project, PrintWriter out, PrintWriter err, boolean quiet) {
        sweep.addListener(new ProgressLine(err, System.console() != null, quiet));
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sweep.cancel("canceled by the user (Ctrl-C)");
            try {
                // Let the sweep stop its runs and commit before the JVM goes.
                finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hyperdesk-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        SweepOutcome outcome;
        try {
            outcome = sweep.run();
            project.store().sync();
            RunsTable.print(project, sweep.id(), sweep.config().primaryMetric(), out, false);
            printBest(project, sweep.id(), sweep.config().primaryMetric(), out);
            out.println("sweep " + sweep.id() + " " + outcome.state().displayName().toLowerCase(java.util.Locale.ROOT)
                    + ": " + outcome.reason());
            out.flush();
        } finally {
            project.close();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C came: the hook is running and waits for us.
            }
        }
        return switch (outcome.state()) {
            case COMPLETED -> 0;
            case CANCELED -> 130;
            default -> 1;
        };
    }

    private static void printBest(Project project, String sweepId, PrimaryMetric metric, PrintWriter out) {
        BestConfiguration.of(project, sweepId).ifPresentOrElse(
                best -> out.println("best: " + best.runId() + " with " + metric.name() + " "
                        + Formats.metric(best.value()) + "  (`hyperdesk best` prints its configuration)"),
                () -> out.println("best: no run logged a value for " + metric.name()));
    }
}
