package io.hyperdesk.exec;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunHandle;
import io.hyperdesk.engine.sweep.RunLaunchException;
import io.hyperdesk.engine.sweep.RunRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A project folder in a temp directory with scripts written by the test, and a launcher for it. */
final class TestProject {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    final Path directory;
    final LocalProcessLauncher launcher;

    TestProject(Path directory, Duration grace) {
        this.directory = directory;
        this.launcher = new LocalProcessLauncher(directory, LocalProcessLauncher.runsDirectoryOf(directory), grace);
    }

    TestProject(Path directory) {
        this(directory, Duration.ofMillis(500));
    }

    /** Debian's Python (what the samples use) when present, else the one on PATH. */
    static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** Writes a script into the project and returns its file name. */
    String script(String name, String text) throws IOException {
        Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
        return name;
    }

    RunRequest request(String runId, List<String> arguments, Map<String, ?> parameters, Optional<String> resumeFrom) {
        return new RunRequest("sweep", runId, arguments, Configuration.of(parameters), resumeFrom);
    }

    RunRequest request(String runId, String... arguments) {
        return request(runId, List.of(arguments), Map.of(), Optional.empty());
    }

    /** Starts {@code python3 <script> args...}. */
    RunHandle launchPython(String runId, String script, RecordingObserver observer, String... args)
            throws RunLaunchException {
        List<String> command = new ArrayList<>(List.of(python(), script));
        command.addAll(List.of(args));
        return launcher.launch(request(runId, command.toArray(String[]::new)), observer);
    }

    RunFolder folder(String runId) {
        return launcher.folderOf(runId);
    }

    /** Reads a pid the script wrote into its outputs folder, waiting for it to appear. */
    long awaitPid(String runId, String file) throws Exception {
        Path path = folder(runId).outputs().resolve(file);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(path)) {
                String text = Files.readString(path).trim();
                if (!text.isEmpty() && text.endsWith("!")) {
                    return Long.parseLong(text.substring(0, text.length() - 1));
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the script never wrote " + path);
    }
}
