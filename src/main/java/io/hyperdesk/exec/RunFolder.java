package io.hyperdesk.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one run keeps its files (DESIGN "Project folder"): {@code <runs directory>/<run-id>/}
 * with the script's raw {@code stdout.log} and {@code stderr.log}, its own {@code outputs/}
 * ({@code HYPERDESK_OUTPUT_DIR}), the {@code metrics.jsonl} it may append to
 * ({@code HYPERDESK_METRICS_FILE}), and {@code hyperdesk.log}, where HyperDesk writes what a
 * person should know about the run (malformed metric lines, processes left behind).
 *
 * <p>Pure path arithmetic, usable by anyone who shows or reads a run's files (GUI, CLI, store);
 * only {@link #create()} touches the disk.
 *
 * @param directory the run's folder
 */
public record RunFolder(Path directory) {

    public RunFolder {
        Objects.requireNonNull(directory, "directory");
    }

    /**
     * The folder of run {@code runId} under {@code runsDirectory} (in a project:
     * {@code <project>/.hyperdesk/runs}).
     *
     * @throws IllegalArgumentException when the id is empty or could leave the runs directory
     */
    public static RunFolder of(Path runsDirectory, String runId) {
        Objects.requireNonNull(runsDirectory, "runsDirectory");
        Objects.requireNonNull(runId, "runId");
        if (runId.isBlank() || runId.equals(".") || runId.equals("..")
                || runId.indexOf('/') >= 0 || runId.indexOf('\\') >= 0 || runId.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("run id '" + runId
                    + "' cannot name a folder: use letters, digits, '-' and '_' (e.g. sweep-1_0)");
        }
        return new RunFolder(runsDirectory.resolve(runId));
    }

    /** The script's standard output, byte for byte. */
    public Path stdoutLog() {
        return directory.resolve("stdout.log");
    }

    /** The script's standard error, byte for byte. */
    public Path stderrLog() {
        return directory.resolve("stderr.log");
    }

    /** The run's own files and checkpoints ({@code HYPERDESK_OUTPUT_DIR}). */
    public Path outputs() {
        return directory.resolve("outputs");
    }

    /** The JSON-lines file the script may append metrics to ({@code HYPERDESK_METRICS_FILE}). */
    public Path metricsFile() {
        return directory.resolve("metrics.jsonl");
    }

    /** HyperDesk's notes about the run: warnings, one per line, each with a timestamp. */
    public Path hyperdeskLog() {
        return directory.resolve("hyperdesk.log");
    }

    /** Creates the folder and {@code outputs/} (no error when they exist). */
    public RunFolder create() throws IOException {
        Files.createDirectories(outputs());
        return this;
    }
}
