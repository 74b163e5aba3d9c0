package io.hyperdesk.exec;

import io.hyperdesk.engine.sweep.RunHandle;
import io.hyperdesk.engine.sweep.RunLaunchException;
import io.hyperdesk.engine.sweep.RunLauncher;
import io.hyperdesk.engine.sweep.RunObserver;
import io.hyperdesk.engine.sweep.RunRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Runs each training script as a local process (DESIGN "Training-script protocol").
 *
 * <ul>
 *   <li>The argument vector goes to the OS as is, never through a shell, so a value such as
 *       {@code a; rm -rf ~} reaches the script as one literal argument. A resumed child run gets
 *       {@code --resume-from <outputs dir of the earlier run>} appended (SPEC W3).</li>
 *   <li>The working directory is the project folder; the environment is HyperDesk's own plus
 *       {@link RunEnvironment#variables}.</li>
 *   <li>The process writes its stdout and stderr straight into the run folder's
 *       {@code stdout.log} and {@code stderr.log} (byte for byte, whatever the encoding); stdin is
 *       closed. Metric lines are read from there and from {@code metrics.jsonl} every
 *       {@value LocalRun#POLL_MILLIS} ms by one daemon thread per run, named {@code <run-id>-watch}.
 *       Problems go to {@code hyperdesk.log} and {@link RunObserver#onWarning}.</li>
 *   <li>{@link RunHandle#cancel()} sends SIGTERM to the whole process tree, SIGKILL after the grace
 *       period. When the script exits on its own, processes it left running are stopped the same
 *       way (with a warning), so a run leaves nothing behind.</li>
 * </ul>
 *
 * <p>Thread-safe: the sweep may launch several runs at once.
 */
public final class LocalProcessLauncher implements RunLauncher {

    /** How long a canceled script may take to save its state before SIGKILL (as {@code docker stop}). */
    public static final Duration DEFAULT_CANCEL_GRACE = Duration.ofSeconds(10);

    private final Path workingDirectory;
    private final Path runsDirectory;
    private final Duration cancelGracePeriod;

    /**
     * @param workingDirectory  where scripts run (the project folder)
     * @param runsDirectory     where run folders go (in a project: {@code <project>/.hyperdesk/runs})
     * @param cancelGracePeriod time between SIGTERM and SIGKILL; zero or more
     */
    public LocalProcessLauncher(Path workingDirectory, Path runsDirectory, Duration cancelGracePeriod) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath();
        this.runsDirectory = Objects.requireNonNull(runsDirectory, "runsDirectory").toAbsolutePath();
        this.cancelGracePeriod = Objects.requireNonNull(cancelGracePeriod, "cancelGracePeriod");
        if (cancelGracePeriod.isNegative()) {
            throw new IllegalArgumentException("cancelGracePeriod must be zero or more, was " + cancelGracePeriod);
        }
    }

    /** The launcher for a project folder (DESIGN "Project folder"), with the default grace period. */
    public static LocalProcessLauncher forProject(Path projectDirectory) {
        return new LocalProcessLauncher(projectDirectory, runsDirectoryOf(projectDirectory), DEFAULT_CANCEL_GRACE);
    }

    /** {@code <project>/.hyperdesk/runs}. */
    public static Path runsDirectoryOf(Path projectDirectory) {
        return projectDirectory.resolve(".hyperdesk").resolve("runs");
    }

    /** Where the files of run {@code runId} of this launcher go. */
    public RunFolder folderOf(String runId) {
        return RunFolder.of(runsDirectory, runId);
    }

    @Override
    public RunHandle launch(RunRequest request, RunObserver observer) throws RunLaunchException {
        Objects.requireNonNull(observer, "observer");
        RunFolder folder = folder(request.runId());
        List<String> command = command(request);
        prepare(folder, request.runId());

        String token = UUID.randomUUID().toString();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(folder.stdoutLog().toFile())
                .redirectError(folder.stderrLog().toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(RunEnvironment.variables(request, folder));
        environment.put(ProcessTree.TOKEN_VARIABLE, token);

        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new RunLaunchException(startFailure(request.runId(), command.get(0), e), e);
        }
        try {
            process.getOutputStream().close(); // a script that reads stdin sees its end, never hangs
        } catch (IOException e) {
            // stdin is unused; nothing to recover
        }
        return new LocalRun(request.runId(), process, token, cancelGracePeriod,
                new RunOutput(folder, observer), observer).start();
    }

    private RunFolder folder(String runId) throws RunLaunchException {
        try {
            return RunFolder.of(runsDirectory, runId);
        } catch (IllegalArgumentException e) {
            throw new RunLaunchException("cannot start run: " + e.getMessage(), e);
        }
    }

    private List<String> command(RunRequest request) throws RunLaunchException {
        List<String> command = new ArrayList<>(request.arguments());
        if (request.resumeFromRunId().isPresent()) {
            String parent = request.resumeFromRunId().get();
            Path outputs = folder(parent).outputs();
            if (!Files.isDirectory(outputs)) {
                throw new RunLaunchException("cannot start run " + request.runId() + ": it resumes run "
                        + parent + ", whose outputs folder " + outputs + " does not exist");
            }
            command.add("--resume-from");
            command.add(outputs.toString());
        }
        return command;
    }

    /** Creates the run folder; files of an earlier attempt with the same id would mix into this one. */
    private void prepare(RunFolder folder, String runId) throws RunLaunchException {
        if (!Files.isDirectory(workingDirectory)) {
            throw new RunLaunchException("cannot start run " + runId + ": the working directory "
                    + workingDirectory + " does not exist");
        }
        try {
            folder.create();
            Files.deleteIfExists(folder.metricsFile());
            Files.deleteIfExists(folder.hyperdeskLog());
        } catch (IOException e) {
            throw new RunLaunchException("cannot start run " + runId + ": cannot create its folder "
                    + folder.directory() + " (" + e + "); check that " + runsDirectory + " is writable", e);
        }
    }

    private String startFailure(String runId, String program, Exception e) {
        String message = String.valueOf(e.getMessage());
        String reason;
        if (message.contains("error=2,")) {
            reason = "it was not found (not on PATH, and no such file in " + workingDirectory
                    + "); check \"command\" in sweep.json or give a full path";
        } else if (message.contains("error=13,")) {
            reason = "permission denied: it is not executable; make it executable (chmod +x) or start it "
                    + "through its interpreter, e.g. [\"python3\", \"train.py\"]";
        } else {
            reason = message;
        }
        return "cannot start run " + runId + ": command '" + program + "' could not be started: " + reason;
    }
}
