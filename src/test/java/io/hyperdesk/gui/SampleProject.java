package io.hyperdesk.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny project for GUI tests: a Python script that logs a few accuracy values fast, and its sweep.json. */
public final class SampleProject {

    /** Logs {@code accuracy} three times, rising with the learning rate, and exits 0. */
    public static final String SCRIPT = """
            import json, sys
            args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
            lr = float(args.get("--learning_rate", "0.01"))
            for epoch in range(1, 4):
                print("##hyperdesk " + json.dumps({"accuracy": min(0.99, lr * 10 * epoch / 3), "loss": 1.0 / epoch}),
                      flush=True)
            """;

    public static final String SWEEP = """
            {
              "name": "tiny",
              "command": ["%s", "train.py"],
              "parameter_space": {
                "learning_rate": "loguniform(-6.9, -2.3)",
                "batch_size": "choice(16, 32, 64)"
              },
              "sampling": {"method": "random", "seed": 7},
              "primary_metric_name": "accuracy",
              "primary_metric_goal": "maximize",
              "max_total_runs": 3,
              "max_concurrent_runs": 2,
              "max_duration_minutes": 5
            }
            """;

    private SampleProject() {
    }

    /** Debian's Python (what the samples use) when present, else the one on PATH. */
    public static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** Writes the project into {@code folder} and returns it. */
    public static Path create(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("train.py"), SCRIPT);
            Files.writeString(folder.resolve("sweep.json"), SWEEP.formatted(python()));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
