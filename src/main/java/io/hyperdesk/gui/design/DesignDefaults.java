package io.hyperdesk.gui.design;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.sampling.SamplingMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sweep a project without sweep.json starts with: its folder's Python script, one example
 * parameter, random sampling, and limits that suit a laptop (SPEC L4: no more runs at once than cores).
 */
public final class DesignDefaults {

    private DesignDefaults() {
    }

    /** A draft for {@code folder}, named after it. */
    public static SweepDraft forFolder(Path folder, int cores) {
        String name = folder.getFileName() == null ? "sweep" : folder.getFileName().toString();
        ParameterDraft learningRate = ParameterViewModel.of("learning_rate", ParameterKind.LOGUNIFORM).toDraft();
        return new SweepDraft(name, "python3 " + CommandLineText.quote(script(folder)), List.of(learningRate),
                SamplingMethod.RANDOM, "", "accuracy", Goal.MAXIMIZE, PolicyDraft.none(), "20",
                Integer.toString(Math.max(1, Math.min(cores, 4))), "60", List.of(), List.of());
    }

    /** {@code train.py} when there is one, else the first Python file, else {@code train.py}. */
    static String script(Path folder) {
        if (Files.isRegularFile(folder.resolve("train.py"))) {
            return "train.py";
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted()
                    .findFirst().orElse("train.py");
        } catch (IOException e) {
            return "train.py";
        }
    }
}
