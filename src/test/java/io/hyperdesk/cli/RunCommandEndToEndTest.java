package io.hyperdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code run}, {@code runs}, {@code best} and {@code sweeps} commands on real processes. */
class RunCommandEndToEndTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private static JsonNode runsJson(Path project) throws Exception {
        CliRunner.Result runs = CliRunner.run("runs", project.toString(), "--format", "json");
        assertEquals(0, runs.exitCode(), runs.err());
        return MAPPER.readTree(runs.out());
    }

    @Test
    void argumentsArriveLiterallyAndMetricsFromStdoutAndTheMetricsFileAreStored() throws Exception {
        Path project = TestProjects.project(temp.resolve("p"), """
                import json, os, sys
                args = sys.argv[1:]
                with open(os.path.join(os.environ["HYPERDESK_OUTPUT_DIR"], "argv.json"), "w") as f:
                    json.dump(args, f)
                print("##hyperdesk " + json.dumps({"accuracy": 0.5}), flush=True)
                with open(os.environ["HYPERDESK_METRICS_FILE"], "a") as f:
                    f.write(json.dumps({"accuracy": 0.75, "loss": 0.1}) + "\\n")
                """, TestProjects.sweep("{\"word\": \"choice(\\\"a b; rm -rf x\\\")\", \"n\": \"choice(3)\"}",
                "\"max_total_runs\": 1"));
        CliRunner.Result result = CliRunner.run("run", project.toString(), "--quiet");
        assertEquals(0, result.exitCode(), result.err() + result.out());

        JsonNode run = runsJson(project).get(0);
        Path outputs = project.resolve(".hyperdesk/runs/" + run.get("run_id").asText() + "/outputs");
        List<String> argv = new ArrayList<>();
        MAPPER.readTree(outputs.resolve("argv.json").toFile()).forEach(a -> argv.add(a.asText()));
        assertEquals(List.of("--word", "a b; rm -rf x", "--n", "3"), argv);
        assertFalse(Files.exists(project.resolve("x")));
        assertEquals(2, run.get("intervals").asInt());
        assertEquals(0.75, run.get("best_accuracy").asDouble());
        assertEquals("Completed", run.get("state").asText());
    }

    @Test
    void exitCodesMapToStatesAndBestPicksTheBestLoggedValueAmongFailedRunsToo() throws Exception {
        // Run n logs its curve; run 1 peaks at 0.9 then drops and fails: its score is 0.9 (SPEC M3, M4).
        Path project = TestProjects.project(temp.resolve("p"), """
                import json, sys
                n = int(sys.argv[2])
                curves = {0: [0.5, 0.6], 1: [0.7, 0.9, 0.2], 2: [0.85, 0.88]}
                for v in curves[n]:
                    print("##hyperdesk " + json.dumps({"accuracy": v}), flush=True)
                sys.exit(4 if n == 1 else 0)
                """, TestProjects.sweep("{\"n\": \"choice(0, 1, 2)\"}",
                "\"sampling\": {\"method\": \"grid\"}, \"max_total_runs\": 3, \"max_concurrent_runs\": 1"));
        assertEquals(0, CliRunner.run("run", project.toString(), "--quiet").exitCode());

        JsonNode runs = runsJson(project);
        assertEquals(List.of("Completed", "Failed", "Completed"),
                Stream.of(0, 1, 2).map(i -> runs.get(i).get("state").asText()).toList());
        assertEquals("exit code 4", runs.get(1).get("reason").asText());
        assertEquals(0.2, runs.get(1).get("last_accuracy").asDouble());

        CliRunner.Result best = CliRunner.run("best", project.toString());
        JsonNode document = MAPPER.readTree(best.out());
        assertEquals(runs.get(1).get("run_id").asText(), document.get("run_id").asText());
        assertEquals(0.9, document.get("primary_metric_value").asDouble());
        assertEquals(1, document.get("parameters").get("n").asInt());
        assertTrue(document.get("parameters").get("n").isIntegralNumber());
        assertEquals(List.of("python3", "train.py", "--n", "1"),
                MAPPER.convertValue(document.get("command"), List.class));
    }

    @Test
    void aHangingScriptIsCanceledAtTheDurationLimitWithItsChildren() throws Exception {
        Path project = TestProjects.project(temp.resolve("p"), """
                import json, os, subprocess, time
                child = subprocess.Popen(["sleep", "300"])
                with open(os.path.join(os.environ["HYPERDESK_OUTPUT_DIR"], "child.pid"), "w") as f:
                    f.write(str(child.pid))
                print("##hyperdesk " + json.dumps({"accuracy": 0.1}), flush=True)
                time.sleep(300)
                """, TestProjects.sweep("{\"n\": \"choice(1, 2, 3)\"}",
                "\"max_total_runs\": 3, \"max_concurrent_runs\": 2, \"max_duration_minutes\": 0.04"));
        long start = System.currentTimeMillis();
        CliRunner.Result result = CliRunner.run("run", project.toString(), "--quiet");
        long took = System.currentTimeMillis() - start;
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("max_duration_minutes (0.04) reached"), result.out());
        assertTrue(took < 20_000, "took " + took + " ms");

        JsonNode runs = runsJson(project);
        assertEquals(2, runs.size());
        for (JsonNode run : runs) {
            assertEquals("Canceled", run.get("state").asText());
            assertTrue(run.get("reason").asText().contains("max_duration_minutes"));
            Path pidFile = project.resolve(".hyperdesk/runs/" + run.get("run_id").asText() + "/outputs/child.pid");
            long childPid = Long.parseLong(Files.readString(pidFile).trim());
            assertFalse(isRunning(childPid), "the script's child " + childPid + " must not outlive the cancel");
        }
    }

    /** Alive and not a zombie: a killed orphan may wait a while for init to reap it, which the JDK counts as alive. */
    private static boolean isRunning(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        String text = Files.readString(stat);
        char state = text.charAt(text.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }

    @Test
    void maxConcurrentRunsIsNeverExceededByTheRunsOwnClocks() throws Exception {
        Path project = TestProjects.project(temp.resolve("p"), """
                import json, os, time
                start = time.time()
                time.sleep(0.3)
                print("##hyperdesk " + json.dumps({"accuracy": 1.0}), flush=True)
                with open(os.path.join(os.environ["HYPERDESK_OUTPUT_DIR"], "span.json"), "w") as f:
                    json.dump([start, time.time()], f)
                """, TestProjects.sweep("{\"x\": \"uniform(0, 1)\"}",
                "\"max_total_runs\": 8, \"max_concurrent_runs\": 3"));
        assertEquals(0, CliRunner.run("run", project.toString(), "--quiet").exitCode());
        List<double[]> spans = new ArrayList<>();
        for (JsonNode run : runsJson(project)) {
            JsonNode span = MAPPER.readTree(project.resolve(".hyperdesk/runs/" + run.get("run_id").asText()
                    + "/outputs/span.json").toFile());
            spans.add(new double[] {span.get(0).asDouble(), span.get(1).asDouble()});
        }
        assertEquals(8, spans.size());
        int most = 0;
        for (double[] span : spans) {
            double t = span[0] + 1e-6;
            int going = (int) spans.stream().filter(s -> s[0] <= t && t < s[1]).count();
            most = Math.max(most, going);
        }
        assertTrue(most <= 3, "at most 3 at once, saw " + most);
        assertTrue(most >= 2, "runs should overlap, saw " + most);
    }

    @Test
    void aFloodOf100000MetricLinesIsStoredCompletely() throws Exception {
        Path project = TestProjects.project(temp.resolve("p"), """
                import sys
                out = sys.stdout
                for i in range(100000):
                    out.write('##hyperdesk {"accuracy": %d, "loss": 0.5}\\n' % i)
                out.flush()
                """, TestProjects.sweep("{\"x\": \"choice(1)\"}", "\"max_total_runs\": 1"));
        CliRunner.Result result = CliRunner.run("run", project.toString(), "--quiet");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode run = runsJson(project).get(0);
        assertEquals(100000, run.get("intervals").asInt());
        assertEquals(99999.0, run.get("best_accuracy").asDouble());
        assertEquals(99999.0, run.get("last_accuracy").asDouble());
    }

    @Test
    void anInvalidSweepFileExitsTwoWithFieldNamedErrors() {
        Path project = TestProjects.project(temp.resolve("p"), "", TestProjects.sweep(
                "{\"lr\": \"loguniform(-1, -6)\"}", "\"max_total_runs\": 0"));
        CliRunner.Result result = CliRunner.run("run", project.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("error: parameter_space.lr: loguniform(-1, -6): low must be below high"), result.err());
        assertTrue(result.err().contains("error: max_total_runs: must be from 1 to 1000"), result.err());
        assertFalse(Files.exists(project.resolve(".hyperdesk")), "nothing is created for an invalid sweep");
    }

    @Test
    void listingCommandsOnAProjectWithoutSweepsSaySo() {
        CliRunner.Result result = CliRunner.run("runs", temp.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("has no sweeps yet"), result.err());
    }
}
