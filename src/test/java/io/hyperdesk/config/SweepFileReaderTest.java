package io.hyperdesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.LogUniform;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SweepFileReaderTest {

    static final String DESIGN_EXAMPLE = """
            {
              "name": "digits-mlp",
              "command": ["python3", "train.py", "--epochs", "20"],
              "parameter_space": {
                "learning_rate": "loguniform(-9.2, -2.3)",
                "batch_size": "choice(16, 32, 64, 128)",
                "hidden_layers": "choice(range(1, 5))",
                "keep_probability": "uniform(0.05, 0.1)"
              },
              "sampling": {"method": "random", "seed": 7},
              "primary_metric_name": "accuracy",
              "primary_metric_goal": "maximize",
              "policy": {"type": "bandit", "slack_factor": 0.1, "evaluation_interval": 1, "delay_evaluation": 5},
              "max_total_runs": 40,
              "max_concurrent_runs": 2,
              "max_duration_minutes": 60,
              "resume_from": [],
              "resume_child_runs": []
            }
            """;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void readsDesignsExampleWithEveryField() {
        SweepFileResult result = SweepFileReader.parse(DESIGN_EXAMPLE, "folder");
        assertTrue(result.isValid(), result.errors().toString());
        SweepConfig config = result.configOrThrow();
        assertEquals("digits-mlp", config.name());
        assertEquals(List.of("python3", "train.py", "--epochs", "20"), config.command());
        assertEquals(List.of("learning_rate", "batch_size", "hidden_layers", "keep_probability"), config.space().names());
        assertEquals(new LogUniform(-9.2, -2.3), config.space().parameters().get(0).expression());
        assertEquals(List.of(1L, 2L, 3L, 4L), ((Choice) config.space().parameters().get(2).expression()).values());
        assertEquals(SamplingMethod.RANDOM, config.samplingMethod());
        assertEquals(7L, config.seed().getAsLong());
        assertEquals(Goal.MAXIMIZE, config.primaryMetric().goal());
        PolicySettings.Bandit bandit = (PolicySettings.Bandit) config.policy();
        assertEquals(0.1, bandit.slackFactor().getAsDouble());
        assertEquals(5, bandit.delayEvaluation());
        assertEquals(40, config.maxTotalRuns());
        assertEquals(2, config.maxConcurrentRuns());
        assertEquals(60.0, config.maxDurationMinutes());
    }

    @Test
    void writeThenReadGivesTheSameConfig() {
        SweepConfig config = SweepFileReader.parse(DESIGN_EXAMPLE, "folder").configOrThrow();
        String written = SweepFileWriter.toJson(config);
        SweepFileResult again = SweepFileReader.parse(written, "other");
        assertTrue(again.isValid(), again.errors().toString());
        assertEquals(config, again.configOrThrow());
        assertEquals(SweepFileWriter.toJson(again.configOrThrow()), written);
    }

    @Test
    void defaultsFollowSpec() {
        SweepFileResult result = SweepFileReader.parse("""
                {"command": ["python3", "t.py"], "parameter_space": {"a": "choice(1, 2)"},
                 "primary_metric_name": "loss", "primary_metric_goal": "MINIMIZE", "max_total_runs": 3}
                """, "my-project");
        assertTrue(result.isValid(), result.errors().toString());
        SweepConfig config = result.configOrThrow();
        assertEquals("my-project", config.name());
        assertEquals(SamplingMethod.RANDOM, config.samplingMethod());
        assertTrue(config.policy() instanceof PolicySettings.None);
        assertEquals(10080.0, config.maxDurationMinutes());
        assertEquals(Math.min(3, Runtime.getRuntime().availableProcessors()), config.maxConcurrentRuns());
        assertEquals(Goal.MINIMIZE, config.primaryMetric().goal());
    }

    /** A valid document with one change applied; the expected problem's field and a fragment of its message. */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad(n -> n.remove("command"), "command", "is required"),
                bad(n -> n.put("command", "python3 train.py"), "command", "without a shell"),
                bad(n -> n.putArray("command"), "command", "is empty"),
                bad(n -> n.putArray("command").add(3), "command[0]", "must be a non-empty string"),
                bad(n -> n.remove("parameter_space"), "parameter_space", "is required"),
                bad(n -> n.putObject("parameter_space"), "parameter_space", "has no parameters"),
                bad(n -> space(n).put("learning_rate", "loguniform(-1, -6)"), "parameter_space.learning_rate",
                        "loguniform(-1, -6): low must be below high; bounds are natural logs"),
                bad(n -> space(n).put("lr", 0.1), "parameter_space.lr", "must be an expression string"),
                bad(n -> space(n).put("bad name", "choice(1)"), "parameter_space.bad name", "not a usable parameter name"),
                bad(n -> space(n).put("x", "unifrom(0, 1)"), "parameter_space.x", "uniform"),
                bad(n -> n.put("max_total_runs", 0), "max_total_runs", "must be from 1 to 1000"),
                bad(n -> n.put("max_total_runs", 1001), "max_total_runs", "must be from 1 to 1000"),
                bad(n -> n.put("max_total_runs", "40"), "max_total_runs", "must be a whole number"),
                bad(n -> n.put("max_total_runs", 2.5), "max_total_runs", "must be a whole number"),
                bad(n -> n.remove("max_total_runs"), "max_total_runs", "is required"),
                bad(n -> n.put("max_concurrent_runs", 101), "max_concurrent_runs", "must be from 1 to 100"),
                bad(n -> n.put("max_duration_minutes", 0), "max_duration_minutes", "must be greater than 0"),
                bad(n -> n.put("max_duration_minutes", -5), "max_duration_minutes", "must be greater than 0"),
                bad(n -> n.remove("primary_metric_name"), "primary_metric_name", "is required"),
                bad(n -> n.put("primary_metric_goal", "maximise"), "primary_metric_goal", "use \"maximize\" or \"minimize\""),
                bad(n -> n.put("primary_metic_name", "x"), "primary_metic_name", "did you mean \"primary_metric_name\"?"),
                bad(n -> n.putObject("sampling").put("method", "sobel"), "sampling.method", "did you mean \"sobol\"?"),
                bad(n -> n.putObject("sampling").put("seed", "seven"), "sampling.seed", "must be a whole number"),
                bad(n -> n.putObject("sampling").put("metod", "grid"), "sampling.metod", "did you mean \"method\"?"),
                bad(n -> n.putObject("sampling").put("method", "grid"), "parameter_space.learning_rate",
                        "grid sampling takes choice parameters only"),
                bad(n -> n.putObject("sampling").put("method", "bayesian"), "policy",
                        "Bayesian sampling cannot take an early-termination policy"),
                bad(n -> {
                    n.putObject("sampling").put("method", "bayesian");
                    n.remove("policy");
                }, "parameter_space.learning_rate", "Bayesian sampling takes choice, uniform and quniform only, not loguniform"),
                bad(n -> {
                    n.putObject("sampling").put("method", "grid");
                    n.remove("policy");
                    n.putObject("parameter_space").put("act", "choice(\"relu\", 1)");
                }, "parameter_space.act", "all strings or no strings"),
                bad(n -> policy(n).put("type", "median"), "policy.type", "did you mean \"median_stopping\"?"),
                bad(n -> policy(n).remove("slack_factor"), "policy.slack_factor", "is required for a bandit policy"),
                bad(n -> policy(n).put("slack_amount", 0.2), "policy.slack_amount", "not both"),
                bad(n -> policy(n).put("slack_factor", -0.1), "policy.slack_factor", "must be greater than 0"),
                bad(n -> policy(n).put("truncation_percentage", 10), "policy.truncation_percentage",
                        "unknown field in a bandit policy"),
                bad(n -> n.putObject("policy").put("type", "truncation_selection"), "policy.truncation_percentage",
                        "is required"),
                bad(n -> {
                    ObjectNode p = n.putObject("policy");
                    p.put("type", "truncation_selection");
                    p.put("truncation_percentage", 100);
                }, "policy.truncation_percentage", "must be from 1 to 99"),
                bad(n -> n.put("policy", "bandit"), "policy", "must be an object"),
                bad(n -> {
                    var list = n.putArray("resume_from");
                    for (int i = 0; i < 6; i++) {
                        list.add("s" + i);
                    }
                }, "resume_from", "at most 5"),
                bad(n -> n.put("resume_child_runs", "run_1"), "resume_child_runs", "must be a list of strings"));
    }

    private static Arguments bad(Consumer<ObjectNode> change, String field, String fragment) {
        return Arguments.of(change, field, fragment);
    }

    private static ObjectNode space(ObjectNode root) {
        return (ObjectNode) root.get("parameter_space");
    }

    private static ObjectNode policy(ObjectNode root) {
        return (ObjectNode) root.get("policy");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badFiles")
    void everyBadFileGetsItsSpecificMessage(Consumer<ObjectNode> change, String field, String fragment) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(DESIGN_EXAMPLE);
        change.accept(root);
        SweepFileResult result = SweepFileReader.parse(MAPPER.writeValueAsString(root), "p");
        assertFalse(result.isValid(), "should be refused");
        assertTrue(result.config().isEmpty());
        assertTrue(result.errors().stream().anyMatch(p -> p.field().equals(field) && p.message().contains(fragment)),
                "expected " + field + ": …" + fragment + "… in " + result.errors());
    }

    @Test
    void reportsAllProblemsAtOnce() {
        SweepFileResult result = SweepFileReader.parse("""
                {"command": [], "parameter_space": {"a": "uniform(1, 0)", "b": "randint(0)"},
                 "primary_metric_goal": "up", "max_total_runs": 0, "colour": "red"}
                """, "p");
        List<String> fields = result.errors().stream().map(ConfigProblem::field).toList();
        assertTrue(fields.containsAll(List.of("colour", "command", "parameter_space.a", "parameter_space.b",
                "primary_metric_name", "primary_metric_goal", "max_total_runs")), fields.toString());
    }

    @Test
    void invalidJsonSaysWhere() {
        SweepFileResult result = SweepFileReader.parse("{\"name\": \"x\",\n \"command\": [}", "p");
        assertEquals("file", result.errors().get(0).field());
        assertTrue(result.errors().get(0).message().contains("line 2"), result.errors().get(0).message());
    }

    @Test
    void duplicateFieldsAreRefused() {
        SweepFileResult result = SweepFileReader.parse("{\"name\": \"x\", \"name\": \"y\"}", "p");
        assertEquals("file", result.errors().get(0).field());
        assertTrue(result.errors().get(0).message().contains("Duplicate field 'name'"), result.errors().toString());
    }

    @Test
    void warnsWhenTheGridIsCutAndWhenBayesianHasFewRuns() {
        String grid = """
                {"command": ["t"], "parameter_space": {"a": "choice(1, 2, 3, 4)", "b": "choice(range(0, 10))"},
                 "sampling": {"method": "grid"}, "primary_metric_name": "m", "primary_metric_goal": "maximize",
                 "max_total_runs": 30}
                """;
        List<String> gridWarnings = SweepFileReader.parse(grid, "p").warnings();
        assertEquals(1, gridWarnings.size(), gridWarnings.toString());
        assertTrue(gridWarnings.get(0).contains("40") && gridWarnings.get(0).contains("10"), gridWarnings.get(0));
        String bayes = grid.replace("grid", "bayesian").replace("30}", "30, \"max_concurrent_runs\": 25}");
        List<String> warnings = SweepFileReader.parse(bayes, "p").warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("max_total_runs 30 is below 20 × 2 parameters = 40"), warnings.get(0));
        assertTrue(warnings.get(1).contains("max_concurrent_runs 25 is above 20"), warnings.get(1));
    }
}
