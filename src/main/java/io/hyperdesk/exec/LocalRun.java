package io.hyperdesk.exec;

import io.hyperdesk.engine.sweep.RunHandle;
import io.hyperdesk.engine.sweep.RunObserver;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One started run of {@link LocalProcessLauncher} and its watcher: a single daemon thread, named
 * {@code <run-id>-watch}, that waits for the process, reads new output and metric lines every
 * {@value #POLL_MILLIS} ms, carries out a cancel, and at the end delivers everything that is left
 * before exactly one {@link RunObserver#onExit}. Because that one thread makes every observer call,
 * the calls never overlap and each source's lines arrive in the order the script wrote them.
 *
 * <p>When the main process ends, processes of the run that are still running (a child started
 * with {@code &}, a data-loader worker) are stopped like a cancel: SIGTERM, the grace period,
 * SIGKILL — a run leaves nothing behind, and its end is reported once they are gone.
 */
final class LocalRun implements RunHandle {

    static final long POLL_MILLIS = 50;

    /** How long processes may take to end on their own after the main process did. */
    static final long SETTLE_MILLIS = 250;

    private final String runId;
    private final Process process;
    private final ProcessTree tree;
    private final Duration grace;
    private final RunOutput output;
    private final RunObserver observer;
    private volatile boolean cancelRequested;

    // watcher thread only
    private final Set<ProcessHandle> signalled = new LinkedHashSet<>();
    private boolean terminateSent;
    private boolean killSent;
    private long killAt;

    LocalRun(String runId, Process process, String launchToken, Duration grace, RunOutput output,
             RunObserver observer) {
        this.runId = runId;
        this.process = process;
        this.tree = new ProcessTree(process.toHandle(), launchToken);
        this.grace = grace;
        this.output = output;
        this.observer = observer;
    }

    /** Starts the watcher thread. */
    LocalRun start() {
        Thread watcher = new Thread(this::watch, runId + "-watch");
        watcher.setDaemon(true);
        watcher.start();
        return this;
    }

    @Override
    public void cancel() {
        cancelRequested = true; // the watcher signals the tree within one poll
    }

    private void watch() {
        boolean interrupted = false;
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                output.poll();
                if (cancelRequested && !terminateSent) {
                    terminate(tree.running());
                }
                if (terminateSent && !killSent && System.nanoTime() - killAt >= 0) {
                    killAll();
                }
            }
            stopLeftovers();
        } catch (InterruptedException e) {
            interrupted = true; // nobody but this class owns the thread; end as cleanly as possible
            killAll();
        } catch (RuntimeException e) {
            output.warn("HyperDesk failed while watching the run: " + e);
            killAll();
        }
        output.finish();
        int exitCode = exitCode();
        try {
            observer.onExit(exitCode, System.currentTimeMillis());
        } catch (RuntimeException e) {
            output.note("the sweep failed to take the run's exit: " + e);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM to {@code processes} (collected before any is signalled), SIGKILL due after the grace. */
    private void terminate(Set<ProcessHandle> processes) {
        signalled.addAll(processes);
        ProcessTree.terminate(processes);
        terminateSent = true;
        killAt = System.nanoTime() + grace.toNanos();
    }

    /** After the main process ended: stop what it left running, politely first. */
    private void stopLeftovers() throws InterruptedException {
        Set<ProcessHandle> left = tree.running();
        if (!left.isEmpty() && !cancelRequested) {
            // Workers (e.g. a data loader's) often end just after their parent: let them, unwarned.
            long settled = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
            while (anyRunning(left) && System.nanoTime() - settled < 0) {
                Thread.sleep(10);
            }
            left = tree.running();
        }
        if (left.isEmpty()) {
            return;
        }
        if (!cancelRequested) {
            output.warn("the script exited but left " + left.size() + " process(es) running (pids "
                    + pids(left) + "); stopping them (SIGTERM, then SIGKILL after " + grace.toMillis() + " ms)");
        }
        if (terminateSent) {
            signalled.addAll(left); // a cancel is under way: keep its deadline
        } else {
            terminate(left);
        }
        while (anyRunning(signalled) && System.nanoTime() - killAt < 0) {
            Thread.sleep(POLL_MILLIS);
            output.poll();
        }
        killAll();
    }

    /** SIGKILL to every process signalled or still found, then a short wait until they are gone. */
    private void killAll() {
        killSent = true;
        signalled.addAll(tree.running());
        ProcessTree.kill(signalled);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (anyRunning(signalled) && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int exitCode() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    private static boolean anyRunning(Set<ProcessHandle> processes) {
        return processes.stream().anyMatch(ProcessTree::isRunning);
    }

    private static String pids(Set<ProcessHandle> processes) {
        return processes.stream().map(p -> Long.toString(p.pid())).collect(Collectors.joining(", "));
    }
}
