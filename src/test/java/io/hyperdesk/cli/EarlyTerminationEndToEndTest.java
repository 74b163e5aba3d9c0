package io.hyperdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperdesk.config.PolicyJson;
import io.hyperdesk.config.ProjectLayout;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.policy.replay.PolicyReplay;
import io.hyperdesk.engine.policy.replay.ReplayCancel;
import io.hyperdesk.engine.policy.replay.ReplayReport;
import io.hyperdesk.project.Project;
import io.hyperdesk.project.Replays;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies wired into real sweeps (issue 4), and the replay reproducing what they did. */
class EarlyTerminationEndToEndTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** accuracy at epoch e is base + 0.01 e, for 5 epochs: a known function of the parameter. */
    private static final String CURVES = """
            import json, sys, time
            base = float(sys.argv[2])
            for epoch in range(1, 6):
                print("##hyperdesk " + json.dumps({"accuracy": base + 0.01 * epoch}), flush=True)
                time.sleep(0.08)
            """;

    @TempDir
    Path temp;

    private Map<String, Integer> canceledAtIntervalFromTheRunsCommand(Path project) throws Exception {
        CliRunner.Result runs = CliRunner.run("runs", project.toString(), "--format", "json");
        Map<String, Integer> canceled = new TreeMap<>();
        for (JsonNode run : MAPPER.readTree(runs.out())) {
            if (run.get("state").asText().equals("Canceled")) {
                String reason = run.get("reason").asText();
                int at = reason.indexOf("at interval ");
                canceled.put(run.get("run_id").asText(),
                        Integer.parseInt(reason.substring(at + 12, reason.indexOf(':', at))));
            }
        }
        return canceled;
    }

    private static Map<String, Integer> replayed(Path folder, String policyJson) throws Exception {
        try (Project project = Project.open(ProjectLayout.of(folder))) {
            PolicySettings settings = PolicyJson.read(policyJson).settings().orElseThrow();
            ReplayReport report = PolicyReplay.replay(Replays.load(project, project.latestSweepId().orElseThrow()),
                    settings);
            Map<String, Integer> canceled = new TreeMap<>();
            for (ReplayCancel cancel : report.cancels()) {
                canceled.put(cancel.runId(), cancel.interval());
            }
            return canceled;
        }
    }

    @Test
    void banditCancelsExactlyTheRunsItShouldOneAtATimeAndTheReplayAgrees() throws Exception {
        String policy = "{\"type\": \"bandit\", \"slack_amount\": 0.15, \"evaluation_interval\": 1, \"delay_evaluation\": 2}";
        Path project = TestProjects.project(temp.resolve("p"), CURVES, TestProjects.sweep(
                "{\"base\": \"choice(0.9, 0.5, 0.85, 0.2, 0.95)\"}",
                "\"sampling\": {\"method\": \"grid\"}, \"max_total_runs\": 5, \"max_concurrent_runs\": 1, "
                        + "\"policy\": " + policy));
        CliRunner.Result result = CliRunner.run("run", project.toString(), "--quiet");
        assertEquals(0, result.exitCode(), result.err());

        Map<String, Integer> canceled = canceledAtIntervalFromTheRunsCommand(project);
        String sweep = canceled.keySet().iterator().next().replaceAll("_\\d+$", "");
        // Run 1 (0.5) and run 3 (0.2) fall more than 0.15 below the best at interval 2, the first judged.
        assertEquals(Map.of(sweep + "_1", 2, sweep + "_3", 2), canceled);
        CliRunner.Result runs = CliRunner.run("runs", project.toString());
        assertTrue(runs.out().contains("Bandit policy (slack_amount 0.15) at interval 2"), runs.out());

        assertEquals(canceled, replayed(project, policy));
    }

    @Test
    void replayingASweepUnderItsOwnPolicyReproducesItsCancellationsWithRunsInParallel() throws Exception {
        String policy = "{\"type\": \"truncation_selection\", \"truncation_percentage\": 40, "
                + "\"evaluation_interval\": 1, \"delay_evaluation\": 1}";
        Path project = TestProjects.project(temp.resolve("p"), CURVES, TestProjects.sweep(
                "{\"base\": \"uniform(0, 1)\"}", "\"sampling\": {\"method\": \"random\", \"seed\": 5}, "
                        + "\"max_total_runs\": 8, \"max_concurrent_runs\": 3, \"policy\": " + policy));
        assertEquals(0, CliRunner.run("run", project.toString(), "--quiet").exitCode());

        Map<String, Integer> live = canceledAtIntervalFromTheRunsCommand(project);
        assertTrue(live.size() >= 2, "the policy should cancel some runs: " + live);
        assertEquals(live, replayed(project, policy));

        CliRunner.Result replay = CliRunner.run("replay", project.toString(), "--policy", policy);
        assertEquals(0, replay.exitCode(), replay.err());
        for (String runId : live.keySet()) {
            assertTrue(replay.out().contains(runId), replay.out());
        }
    }

    @Test
    void theReplayGridPrintsATableWithTheBestRunKeptFirst() throws Exception {
        Path project = TestProjects.project(temp.resolve("p"), CURVES, TestProjects.sweep(
                "{\"base\": \"uniform(0, 1)\"}", "\"sampling\": {\"method\": \"random\", \"seed\": 2}, "
                        + "\"max_total_runs\": 6, \"max_concurrent_runs\": 2"));
        assertEquals(0, CliRunner.run("run", project.toString(), "--quiet").exitCode());
        CliRunner.Result grid = CliRunner.run("replay", project.toString(), "--grid");
        assertEquals(0, grid.exitCode(), grid.err());
        var lines = grid.out().lines().toList();
        assertEquals(2 + 11, lines.size(), grid.out());
        assertTrue(lines.get(0).startsWith("policy"), lines.get(0));
        assertTrue(grid.out().contains("Median stopping"), grid.out());

        CliRunner.Result bad = CliRunner.run("replay", project.toString(), "--policy", "{\"type\": \"bandit\"}");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("policy.slack_factor: is required"), bad.err());
    }
}
