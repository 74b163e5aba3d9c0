package io.hyperdesk.engine.sweep;

/**
 * Starts runs of the training script somewhere: local processes, or Slurm jobs later.
 *
 * <p>Called by the sweep on its scheduling thread, once per run, when a slot is free. The call
 * returns as soon as the run has started (it must not wait for the run to end). Everything the
 * run then reports reaches the {@link RunObserver} on the launcher's own threads, in the order the
 * run produced it, and ends with exactly one {@link RunObserver#onExit}.
 */
public interface RunLauncher {

    /**
     * Starts the run.
     *
     * @throws RunLaunchException when the run could not be started at all (the command does not
     *                            exist, the folder is not writable, …); nothing is reported to the
     *                            observer then
     */
    RunHandle launch(RunRequest request, RunObserver observer) throws RunLaunchException;
}
