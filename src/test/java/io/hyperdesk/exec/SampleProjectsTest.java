package io.hyperdesk.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample projects run through the launcher as a sweep would run them: the command
 * from their sweep.json plus {@code --<name> <value>} for every parameter, and they log the
 * primary metric once per epoch. Each runs in a copy, so the repository stays clean.
 */
class SampleProjectsTest {

    private static final List<String> SWEEP_FIELDS = List.of("name", "command", "parameter_space", "sampling",
            "primary_metric_name", "primary_metric_goal", "policy", "max_total_runs", "max_concurrent_runs",
            "max_duration_minutes", "resume_from", "resume_child_runs");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    @Test
    void pythonLogisticRegressionLogsEveryEpochAndResumesFromItsCheckpoint() throws Exception {
        Sample sample = sample("python-logreg", values("learning_rate", 0.03, "batch_size", 32L, "l2", 1.0e-4));
        RecordingObserver first = sample.run("s_0", Optional.empty());
        assertEquals(0, first.awaitExit(TIMEOUT));
        assertAccuracyPerEpoch(first, 20);

        RecordingObserver resumed = sample.run("s_1", Optional.of("s_0"));

        assertEquals(0, resumed.awaitExit(TIMEOUT));
        assertAccuracyPerEpoch(resumed, 20);
        String stdout = Files.readString(sample.launcher.folderOf("s_1").stdoutLog());
        assertTrue(stdout.contains("resumed from epoch 20"), stdout);
        assertTrue(stdout.contains("epoch 40:"), stdout);
    }

    @Test
    void javaSingleFileProgramLogsEveryEpoch() throws Exception {
        Sample sample = sample("java-train", values("learning_rate", 0.03, "batch_size", 32L, "momentum", 0.9));
        RecordingObserver observer = sample.run("s_0", Optional.empty());
        assertEquals(0, observer.awaitExit(TIMEOUT), () -> stderr(sample, "s_0"));
        assertAccuracyPerEpoch(observer, 20);
    }

    @Test
    void scikitLearnDigitsLogsEveryEpoch() throws Exception {
        assumeTrue(sklearnInstalled(), "python3-sklearn is not installed");
        Sample sample = sample("sklearn-digits", values("learning_rate_init", 0.01, "alpha", 1.0e-4,
                "hidden_units", 32L, "batch_size", 64L));
        RecordingObserver observer = sample.run("s_0", Optional.empty());
        assertEquals(0, observer.awaitExit(TIMEOUT), () -> stderr(sample, "s_0"));
        assertAccuracyPerEpoch(observer, 30);
        assertTrue(observer.values("accuracy").get(29) > 0.9, observer.values("accuracy").toString());
    }

    /** A copy of a sample with its sweep.json checked against DESIGN's format. */
    private Sample sample(String name, Map<String, Object> parameters) throws IOException {
        Path source = Path.of("sample-projects", name);
        Path copy = directory.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        JsonNode sweep = new ObjectMapper().readTree(copy.resolve("sweep.json").toFile());
        assertEquals(SWEEP_FIELDS, fieldNames(sweep), name + "/sweep.json has DESIGN's fields in DESIGN's order");
        assertEquals(List.copyOf(parameters.keySet()), fieldNames(sweep.get("parameter_space")),
                name + ": the test gives a value for every parameter");
        assertEquals("accuracy", sweep.get("primary_metric_name").asText());
        List<String> command = new ArrayList<>();
        sweep.get("command").forEach(part -> command.add(part.asText()));
        parameters.forEach((parameter, value) -> {
            command.add("--" + parameter);
            command.add(value.toString());
        });
        return new Sample(new LocalProcessLauncher(copy, directory.resolve("runs-" + name), Duration.ofSeconds(1)),
                command, Configuration.of(parameters));
    }

    private record Sample(LocalProcessLauncher launcher, List<String> command, Configuration parameters) {

        RecordingObserver run(String runId, Optional<String> resumeFrom) throws Exception {
            RecordingObserver observer = new RecordingObserver();
            launcher.launch(new RunRequest("s", runId, command, parameters, resumeFrom), observer);
            return observer;
        }
    }

    private static void assertAccuracyPerEpoch(RecordingObserver observer, int epochs) {
        List<Double> accuracy = observer.values("accuracy");
        assertEquals(epochs, accuracy.size(), accuracy.toString());
        assertTrue(accuracy.stream().allMatch(value -> value >= 0 && value <= 1), accuracy.toString());
        assertEquals(epochs, observer.values("loss").size());
        assertEquals(List.of(), observer.warnings);
    }

    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String stderr(Sample sample, String runId) {
        try {
            return Files.readString(sample.launcher.folderOf(runId).stderrLog());
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean sklearnInstalled() throws InterruptedException {
        try {
            Process check = new ProcessBuilder("/usr/bin/python3", "-c", "import sklearn").start();
            return check.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
