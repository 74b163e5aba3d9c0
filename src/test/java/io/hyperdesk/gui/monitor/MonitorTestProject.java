package io.hyperdesk.gui.monitor;

import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.engine.sweep.Sweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.project.Project;
import io.hyperdesk.project.SweepFactory;
import io.hyperdesk.project.SweepSetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A real project for monitor tests and the demo: a Python script that logs {@code accuracy} (and
 * {@code loss}) once per epoch, peaking at a learning rate near 0.003, and a sweep.json over
 * learning rate, batch size and optimizer.
 */
public final class MonitorTestProject {

    static final String SCRIPT = """
            import argparse, json, math, time
            p = argparse.ArgumentParser()
            p.add_argument("--learning_rate", type=float)
            p.add_argument("--batch_size", type=int)
            p.add_argument("--optimizer")
            p.add_argument("--epochs", type=int, default=4)
            p.add_argument("--sleep", type=float, default=0.1)
            a = p.parse_args()
            peak = 0.97 - 0.08 * abs(math.log10(a.learning_rate) + 2.5) - (0.03 if a.optimizer == "sgd" else 0.0)
            peak -= 0.01 * abs(math.log2(a.batch_size) - 5)
            for epoch in range(1, a.epochs + 1):
                accuracy = peak * (1 - math.exp(-epoch / 2.0)) + 0.002 * ((epoch * 7919 + a.batch_size) % 5)
                print("epoch", epoch, "accuracy", round(accuracy, 4), flush=True)
                print("##hyperdesk " + json.dumps({"accuracy": accuracy, "loss": 1 - accuracy}), flush=True)
                time.sleep(a.sleep)
            """;

    private MonitorTestProject() {
    }

    /**
     * Writes the project into {@code folder}.
     *
     * @param extra more top-level sweep.json fields, e.g. {@code "max_total_runs": 6}
     */
    public static Path write(Path folder, int epochs, double sleep, String extra) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("train.py"), SCRIPT);
        Files.writeString(folder.resolve("sweep.json"), """
                {"name": "digits", "command": ["python3", "train.py", "--epochs", "%d", "--sleep", "%s"],
                 "parameter_space": {"learning_rate": "loguniform(-9.2, -2.3)", "batch_size": "choice(16, 32, 64, 128)",
                                     "optimizer": "choice('adam', 'sgd')"},
                 "sampling": {"method": "random", "seed": 7},
                 "primary_metric_name": "accuracy", "primary_metric_goal": "maximize",
                 %s}
                """.formatted(epochs, Double.toString(sleep), extra));
        return folder;
    }

    /** A new sweep of the project's sweep.json, ready to {@link Sweep#run()}. */
    public static Sweep newSweep(Project project) throws SweepSetupException {
        SweepConfig config = project.readSweepFile().configOrThrow();
        return SweepFactory.newSweep(project, config, Clock.systemUTC());
    }

    public static Project open(Path folder) {
        return Project.open(ProjectLayout.of(folder));
    }
}
