package io.hyperdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small project folders (a Python script and a sweep.json) for end-to-end tests. */
final class TestProjects {

    private TestProjects() {
    }

    static Path project(Path folder, String script, String sweepJson) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("train.py"), script);
            Files.writeString(folder.resolve("sweep.json"), sweepJson);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sweep.json running {@code python3 train.py} with the given space and extra top-level fields. */
    static String sweep(String space, String extra) {
        return """
                {"name": "t", "command": ["python3", "train.py"],
                 "parameter_space": %s,
                 "primary_metric_name": "accuracy", "primary_metric_goal": "maximize"%s}
                """.formatted(space, extra.isEmpty() ? "" : ", " + extra);
    }
}
