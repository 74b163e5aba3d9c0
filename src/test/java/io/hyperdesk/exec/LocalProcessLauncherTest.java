package io.hyperdesk.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperdesk.engine.sweep.RunLaunchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training-script protocol with real processes: arguments, environment, metrics, exit codes. */
class LocalProcessLauncherTest {

    private static final String INVOCATION = """
            import json, os, sys
            names = ["HYPERDESK_RUN_ID", "HYPERDESK_SWEEP_ID", "HYPERDESK_PARAMS", "HYPERDESK_OUTPUT_DIR",
                     "HYPERDESK_METRICS_FILE", "PYTHONUNBUFFERED"]
            seen = {"argv": sys.argv[1:], "cwd": os.getcwd(), "env": {n: os.environ.get(n) for n in names},
                    "stdin": sys.stdin.read()}
            with open(os.path.join(os.environ["HYPERDESK_OUTPUT_DIR"], "invocation.json"), "w") as f:
                json.dump(seen, f)
            """;

    @TempDir
    Path directory;
    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(directory);
    }

    @Test
    void argumentsReachTheScriptLiterallyWithTheProtocolEnvironment() throws Exception {
        project.script("invocation.py", INVOCATION);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("learning_rate", 0.01);
        parameters.put("batch_size", 32L);
        parameters.put("optimizer", "a b; rm -rf x");
        parameters.put("nesterov", true);
        List<String> command = List.of(TestProject.python(), "invocation.py", "--learning_rate", "0.01",
                "--batch_size", "32", "--optimizer", "a b; rm -rf x", "--quote", "it's \"$HOME\" `id` *");
        RecordingObserver observer = new RecordingObserver();

        project.launcher.launch(project.request("sweep_3", command, parameters, Optional.empty()), observer);

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT));
        RunFolder folder = project.folder("sweep_3");
        JsonNode seen = new ObjectMapper().readTree(folder.outputs().resolve("invocation.json").toFile());
        assertEquals(command.subList(2, command.size()), strings(seen.get("argv")));
        assertEquals(directory.toRealPath().toString(), Path.of(seen.get("cwd").asText()).toRealPath().toString());
        JsonNode env = seen.get("env");
        assertEquals("sweep_3", env.get("HYPERDESK_RUN_ID").asText());
        assertEquals("sweep", env.get("HYPERDESK_SWEEP_ID").asText());
        assertEquals("{\"learning_rate\":0.01,\"batch_size\":32,\"optimizer\":\"a b; rm -rf x\",\"nesterov\":true}",
                env.get("HYPERDESK_PARAMS").asText());
        assertEquals(folder.outputs().toAbsolutePath().toString(), env.get("HYPERDESK_OUTPUT_DIR").asText());
        assertEquals(folder.metricsFile().toAbsolutePath().toString(), env.get("HYPERDESK_METRICS_FILE").asText());
        assertEquals("1", env.get("PYTHONUNBUFFERED").asText());
        assertEquals("", seen.get("stdin").asText(), "stdin is closed, so reading it ends at once");
        assertTrue(Files.isDirectory(folder.directory().resolve("outputs")));
        assertTrue(Files.exists(folder.stdoutLog()) && Files.exists(folder.stderrLog()));
        assertEquals(Set.of("sweep_3-watch"), observer.threads);
    }

    @Test
    void resumedRunGetsTheEarlierRunsOutputsFolder() throws Exception {
        project.script("invocation.py", INVOCATION);
        Files.createDirectories(project.folder("sweep_0").outputs());
        RecordingObserver observer = new RecordingObserver();

        project.launcher.launch(project.request("sweep_5", List.of(TestProject.python(), "invocation.py", "--lr", "1"),
                Map.of("lr", 1L), Optional.of("sweep_0")), observer);

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT));
        JsonNode seen = new ObjectMapper().readTree(project.folder("sweep_5").outputs().resolve("invocation.json").toFile());
        assertEquals(List.of("--lr", "1", "--resume-from", project.folder("sweep_0").outputs().toAbsolutePath().toString()),
                strings(seen.get("argv")));
    }

    @Test
    void resumingARunWithoutOutputsIsRefused() {
        RunLaunchException refused = assertThrows(RunLaunchException.class, () -> project.launcher.launch(
                project.request("sweep_5", List.of("true"), Map.of(), Optional.of("sweep_9")), new RecordingObserver()));
        assertTrue(refused.getMessage().contains("sweep_9"), refused.getMessage());
    }

    @Test
    void metricsFromStdoutAndFromTheMetricsFileAllArriveInTheirOwnOrder() throws Exception {
        project.script("both.py", """
                import json, os, time
                path = os.environ["HYPERDESK_METRICS_FILE"]
                for epoch in range(5):
                    print("epoch", epoch, "training...")
                    print("##hyperdesk " + json.dumps({"accuracy": epoch / 10, "loss": 1 - epoch / 10}))
                    with open(path, "a") as f:
                        f.write(json.dumps({"file_step": epoch}) + "\\n")
                with open(path, "a") as f:
                    f.write('{"file_step": ')       # half a line: must wait for the rest
                    f.flush()
                    time.sleep(0.2)
                    f.write('5}\\n{"file_step": 6}')  # the last line has no newline
                print("##hyperdesk {\\"accuracy\\": NaN, \\"loss\\": Infinity}")
                print("##hyperdesk {\\"accuracy\\": \\"nan\\", \\"loss\\": \\"-inf\\"}")
                """);
        RecordingObserver observer = new RecordingObserver();

        project.launchPython("sweep_1", "both.py", observer);

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT));
        List<Double> accuracy = observer.values("accuracy");
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4), accuracy.subList(0, 5));
        assertTrue(accuracy.get(5).isNaN() && accuracy.get(6).isNaN());
        assertEquals(List.of(0.9, 0.8), observer.values("loss").subList(1, 3));
        assertEquals(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), observer.values("loss").subList(5, 7));
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0), observer.values("file_step"));
        assertEquals(List.of("accuracy", "loss"), new ArrayList<>(observer.metrics.get(0).keySet()));
        assertEquals(List.of(), observer.warnings);
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        project.script("exit.sh", "echo '##hyperdesk {\"accuracy\": 0.5}'\nexit 3\n");
        RecordingObserver observer = new RecordingObserver();

        project.launcher.launch(project.request("sweep_0", "sh", "exit.sh"), observer);

        assertEquals(3, observer.awaitExit(TestProject.TIMEOUT));
        assertEquals(List.of(0.5), observer.values("accuracy"), "a failed run keeps its metrics");
    }

    @Test
    void aMissingCommandIsALaunchErrorNamingIt() {
        RecordingObserver observer = new RecordingObserver();
        RunLaunchException refused = assertThrows(RunLaunchException.class,
                () -> project.launcher.launch(project.request("sweep_0", "no-such-trainer-xyz", "--lr", "1"), observer));
        assertTrue(refused.getMessage().contains("'no-such-trainer-xyz'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("not found"), refused.getMessage());
        assertTrue(observer.metrics.isEmpty() && observer.warnings.isEmpty() && !observer.hasExited());
    }

    @Test
    void aScriptThatIsNotExecutableIsALaunchErrorSayingSo() throws Exception {
        project.script("train.sh", "echo hi\n");
        RunLaunchException refused = assertThrows(RunLaunchException.class,
                () -> project.launcher.launch(project.request("sweep_0", "./train.sh"), new RecordingObserver()));
        assertTrue(refused.getMessage().contains("'./train.sh'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("not executable"), refused.getMessage());
    }

    @Test
    void aRunIdThatIsNoFolderNameIsRefused() {
        RunLaunchException refused = assertThrows(RunLaunchException.class,
                () -> project.launcher.launch(project.request("../escape", "true"), new RecordingObserver()));
        assertTrue(refused.getMessage().contains("../escape"), refused.getMessage());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
