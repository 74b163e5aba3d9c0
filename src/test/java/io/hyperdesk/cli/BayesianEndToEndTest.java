package io.hyperdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep with {@code sampling.method = bayesian} from the command line, on real processes (issue 5). */
class BayesianEndToEndTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void bayesianSamplingFindsTheOptimumOfAQuadraticBetterThanItsFirstGuesses() throws Exception {
        Path project = TestProjects.project(temp.resolve("p"), """
                import json, sys
                args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
                x, k = float(args["--x"]), int(args["--k"])
                loss = (x - 0.3) ** 2 + 0.1 * abs(k - 2)
                print("##hyperdesk " + json.dumps({"loss": loss}), flush=True)
                """, """
                {"name": "bo", "command": ["python3", "train.py"],
                 "parameter_space": {"x": "uniform(-1, 1)", "k": "choice(1, 2, 3, 4)"},
                 "sampling": {"method": "bayesian", "seed": 3}, "primary_metric_name": "loss",
                 "primary_metric_goal": "minimize", "max_total_runs": 20, "max_concurrent_runs": 2}
                """);
        CliRunner.Result result = CliRunner.run("run", project.toString(), "--quiet");
        assertEquals(0, result.exitCode(), result.err() + result.out());

        JsonNode best = MAPPER.readTree(CliRunner.run("best", project.toString()).out());
        assertTrue(best.get("primary_metric_value").asDouble() < 0.01, best.toString());
        assertEquals(2, best.get("parameters").get("k").asInt());

        Set<String> configurations = new HashSet<>();
        CliRunner.Result runs = CliRunner.run("runs", project.toString(), "--format", "json");
        for (JsonNode run : MAPPER.readTree(runs.out())) {
            assertEquals("Completed", run.get("state").asText());
            configurations.add(run.get("parameters").toString());
        }
        assertEquals(20, configurations.size(), "no configuration is suggested twice");
    }

    @Test
    void bayesianWithAPolicyIsRefusedWithTheReason() {
        Path project = TestProjects.project(temp.resolve("p"), "", TestProjects.sweep("{\"x\": \"uniform(0, 1)\"}",
                "\"sampling\": {\"method\": \"bayesian\"}, \"max_total_runs\": 5, "
                        + "\"policy\": {\"type\": \"median_stopping\"}"));
        CliRunner.Result result = CliRunner.run("validate", project.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("error: policy: Bayesian sampling cannot take an early-termination policy"),
                result.err());
    }
}
