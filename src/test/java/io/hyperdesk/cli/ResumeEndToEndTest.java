package io.hyperdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC W4: a sweep whose HyperDesk died is marked interrupted, not lost, and resumes with the budget left. */
class ResumeEndToEndTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aKilledSweepIsInterruptedAndResumesToItsFullBudget() throws Exception {
        Path project = TestProjects.project(temp.resolve("p"), """
                import json, time
                for epoch in range(1, 4):
                    time.sleep(0.25)
                    print("##hyperdesk " + json.dumps({"accuracy": epoch / 10}), flush=True)
                """, TestProjects.sweep("{\"x\": \"uniform(0, 1)\"}",
                "\"sampling\": {\"method\": \"random\", \"seed\": 1}, \"max_total_runs\": 6, \"max_concurrent_runs\": 2"));
        Process hyperdesk = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.hyperdesk.Launcher", "run", project.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(temp.resolve("run.log").toFile()).start();
        try {
            waitUntilRunsCompleted(project, 2, hyperdesk);
        } finally {
            hyperdesk.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        CliRunner.Result sweeps = CliRunner.run("sweeps", project.toString());
        assertTrue(sweeps.out().contains("Interrupted"), sweeps.out());
        List<JsonNode> before = runs(project);
        long interrupted = before.stream().filter(r -> r.get("state").asText().equals("Interrupted")).count();
        assertTrue(interrupted >= 1, "runs going at the kill are interrupted: " + before);
        long finishedBefore = before.stream().filter(r -> r.get("state").asText().equals("Completed")).count();

        CliRunner.Result resumed = CliRunner.run("resume", project.toString(), "--quiet");
        assertEquals(0, resumed.exitCode(), resumed.err() + resumed.out());

        List<JsonNode> after = runs(project);
        Map<String, Integer> byState = new HashMap<>();
        after.forEach(r -> byState.merge(r.get("state").asText(), 1, Integer::sum));
        assertEquals(6, byState.get("Completed"), byState.toString());
        assertEquals((int) interrupted, byState.getOrDefault("Interrupted", 0), byState.toString());
        assertTrue(finishedBefore >= 2);
        // The interrupted configurations ran again first.
        for (JsonNode run : before) {
            if (run.get("state").asText().equals("Interrupted")) {
                double x = run.get("parameters").get("x").asDouble();
                assertTrue(after.stream().anyMatch(r -> r.get("state").asText().equals("Completed")
                        && r.get("parameters").get("x").asDouble() == x), "rerun of " + run);
            }
        }
        assertTrue(CliRunner.run("sweeps", project.toString()).out().contains("Completed"));
    }

    private static List<JsonNode> runs(Path project) throws Exception {
        CliRunner.Result result = CliRunner.run("runs", project.toString(), "--format", "json");
        assertEquals(0, result.exitCode(), result.err());
        List<JsonNode> runs = new ArrayList<>();
        MAPPER.readTree(result.out()).forEach(runs::add);
        return runs;
    }

    private static void waitUntilRunsCompleted(Path project, int count, Process hyperdesk) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            assertTrue(hyperdesk.isAlive(), "HyperDesk ended before it could be killed");
            if (Files.exists(project.resolve(".hyperdesk/hyperdesk.db"))) {
                CliRunner.Result result = CliRunner.run("runs", project.toString(), "--format", "json");
                if (result.exitCode() == 0) {
                    long done = 0;
                    for (JsonNode run : MAPPER.readTree(result.out())) {
                        done += run.get("state").asText().equals("Completed") ? 1 : 0;
                    }
                    if (done >= count) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " completed runs within 30 s");
    }
}
