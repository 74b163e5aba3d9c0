package io.hyperdesk.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.space.SearchSpace;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads and validates sweep.json (DESIGN "sweep.json"). Every problem is collected — unknown
 * fields, wrong types, values out of range (SPEC L1), expressions (E13), sampling rules (S4–S6) —
 * and reported together, each naming its field.
 */
public final class SweepFileReader {

    /** The fields of sweep.json, in the order DESIGN writes them. */
    public static final List<String> FIELDS = List.of("name", "command", "parameter_space", "sampling",
            "primary_metric_name", "primary_metric_goal", "policy", "max_total_runs", "max_concurrent_runs",
            "max_duration_minutes", "resume_from", "resume_child_runs");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SweepFileReader() {
    }

    /** Reads a sweep file; a missing or unreadable file is reported as a problem of field {@code file}. */
    public static SweepFileResult read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failed(new ConfigProblem("file", "cannot read " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? " " + e.getMessage() : "")));
        }
        Path folder = file.toAbsolutePath().getParent();
        String defaultName = folder != null && folder.getFileName() != null ? folder.getFileName().toString() : "sweep";
        return parse(text, defaultName);
    }

    /**
     * Parses and validates a sweep document.
     *
     * @param defaultName the sweep's name when the document has none (the project folder's name)
     */
    public static SweepFileResult parse(String json, String defaultName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return failed(new ConfigProblem("file", "is not valid JSON" + where + ": " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return failed(new ConfigProblem("file", "must hold one JSON object with the sweep's fields ("
                    + String.join(", ", FIELDS) + ")"));
        }
        List<ConfigProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        JsonFields fields = new JsonFields((ObjectNode) root, "", problems);
        fields.rejectUnknown(new LinkedHashSet<>(FIELDS), "sweep.json");

        String name = fields.string("name", false, "\"digits-mlp\"").orElse(defaultName);
        List<String> command = readCommand(fields);
        Optional<SearchSpace> space = SpaceSection.read(root.get("parameter_space"), problems);
        Optional<Sampling> sampling = readSampling(root.get("sampling"), problems);
        Optional<String> metricName = fields.string("primary_metric_name", true, "\"accuracy\"");
        Optional<Goal> goal = readGoal(fields);
        Optional<PolicySettings> policy = PolicySection.read(root.get("policy"), problems);
        OptionalLong totalRuns = fields.integer("max_total_runs", 1, 1000, true, "how many runs the sweep may start");
        OptionalLong concurrentRuns = fields.integer("max_concurrent_runs", 1, 100, false, "how many runs may go at once");
        double duration = fields.positiveNumber("max_duration_minutes", false, "the sweep's time limit in minutes")
                .orElse(SweepConfig.DEFAULT_MAX_DURATION_MINUTES);
        List<String> resumeFrom = fields.strings("resume_from", "ids of earlier sweeps of this project");
        if (resumeFrom.size() > 5) {
            fields.problem("resume_from", "names " + resumeFrom.size() + " sweeps; at most 5 may be given (SPEC W1)");
        }
        List<String> resumeChildRuns = fields.strings("resume_child_runs", "ids of earlier runs to continue");

        if (space.isPresent() && sampling.isPresent() && policy.isPresent()) {
            SamplingRules.check(sampling.get().method(), space.get(), policy.get(), problems);
        }
        if (!problems.isEmpty()) {
            return new SweepFileResult(Optional.empty(), problems, warnings);
        }
        int total = (int) totalRuns.getAsLong();
        // SPEC L1, L4: by default as many at once as runs, bounded by the machine's cores.
        int concurrent = concurrentRuns.isPresent() ? (int) concurrentRuns.getAsLong()
                : Math.max(1, Math.min(total, Runtime.getRuntime().availableProcessors()));
        SweepConfig config = new SweepConfig(name, command, space.get(), sampling.get().method(), sampling.get().seed(),
                new PrimaryMetric(metricName.get(), goal.get()), policy.get(), total, concurrent, duration,
                resumeFrom, resumeChildRuns);
        warnings.addAll(SweepWarnings.of(config));
        return new SweepFileResult(Optional.of(config), problems, warnings);
    }

    private static List<String> readCommand(JsonFields fields) {
        String example = "[\"python3\", \"train.py\", \"--epochs\", \"20\"]";
        if (!fields.has("command")) {
            fields.problem("command", "is required: the training command as a list of strings, e.g. " + example);
            return List.of();
        }
        if (fields.get("command").isTextual()) {
            fields.problem("command", "must be a list of strings, e.g. " + example
                    + "; HyperDesk runs it without a shell, so each argument is its own string");
            return List.of();
        }
        List<String> command = fields.strings("command", "the program and its arguments");
        if (fields.get("command").isArray() && fields.get("command").isEmpty()) {
            fields.problem("command", "is empty; give the program to run and its arguments, e.g. " + example);
        }
        return command;
    }

    private static Optional<Goal> readGoal(JsonFields fields) {
        Optional<String> text = fields.string("primary_metric_goal", true, "\"maximize\"");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Goal.parse(text.get()));
        } catch (IllegalArgumentException e) {
            fields.problem("primary_metric_goal", "\"" + text.get() + "\" is not a goal; use \"maximize\" or \"minimize\"");
            return Optional.empty();
        }
    }

    private record Sampling(SamplingMethod method, OptionalLong seed) {
    }

    private static Optional<Sampling> readSampling(JsonNode node, List<ConfigProblem> problems) {
        if (node == null || node.isNull()) {
            return Optional.of(new Sampling(SamplingMethod.RANDOM, OptionalLong.empty()));
        }
        if (!node.isObject()) {
            problems.add(new ConfigProblem("sampling", "must be an object such as {\"method\": \"random\", \"seed\": 7}; got "
                    + JsonFields.describe(node)));
            return Optional.empty();
        }
        int before = problems.size();
        JsonFields fields = new JsonFields((ObjectNode) node, "sampling", problems);
        fields.rejectUnknown(Set.of("method", "seed"), "sampling");
        List<String> methods = List.of("random", "sobol", "grid", "bayesian");
        String methodText = fields.string("method", false, "\"random\"").orElse("random");
        SamplingMethod method = SamplingMethod.RANDOM;
        if (methods.contains(methodText.toLowerCase(Locale.ROOT))) {
            method = SamplingMethod.valueOf(methodText.toUpperCase(Locale.ROOT));
        } else {
            String nearest = Suggestions.nearest(methodText, methods);
            fields.problem("method", "\"" + methodText + "\" is not a sampling method; use one of "
                    + String.join(", ", methods) + (nearest != null ? " (did you mean \"" + nearest + "\"?)" : ""));
        }
        OptionalLong seed = fields.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, false, "the sampling seed");
        return problems.size() == before ? Optional.of(new Sampling(method, seed)) : Optional.empty();
    }

    private static SweepFileResult failed(ConfigProblem problem) {
        return new SweepFileResult(Optional.empty(), List.of(problem), List.of());
    }
}
