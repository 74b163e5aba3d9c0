package io.hyperdesk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link SweepConfig} as sweep.json, with DESIGN's field names and order. */
public final class SweepFileWriter {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepFileWriter() {
    }

    /** The document as a JSON tree; {@link SweepFileReader#parse} reads it back to an equal config. */
    public static ObjectNode toTree(SweepConfig config) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", config.name());
        ArrayNode command = root.putArray("command");
        config.command().forEach(command::add);
        ObjectNode space = root.putObject("parameter_space");
        for (Parameter parameter : config.space().parameters()) {
            space.put(parameter.name(), parameter.expression().toText());
        }
        ObjectNode sampling = root.putObject("sampling");
        sampling.put("method", config.samplingMethod().jsonName());
        config.seed().ifPresent(seed -> sampling.put("seed", seed));
        root.put("primary_metric_name", config.primaryMetric().name());
        root.put("primary_metric_goal", config.primaryMetric().goal().jsonName());
        root.set("policy", policy(config.policy()));
        root.put("max_total_runs", config.maxTotalRuns());
        root.put("max_concurrent_runs", config.maxConcurrentRuns());
        double minutes = config.maxDurationMinutes();
        if (minutes == Math.rint(minutes) && minutes < Long.MAX_VALUE) {
            root.put("max_duration_minutes", (long) minutes);
        } else {
            root.put("max_duration_minutes", minutes);
        }
        ArrayNode resumeFrom = root.putArray("resume_from");
        config.resumeFrom().forEach(resumeFrom::add);
        ArrayNode resumeChildRuns = root.putArray("resume_child_runs");
        config.resumeChildRuns().forEach(resumeChildRuns::add);
        return root;
    }

    /** The document as pretty-printed JSON text. */
    public static String toJson(SweepConfig config) {
        try {
            return MAPPER.writeValueAsString(toTree(config)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen for a tree of plain values", e);
        }
    }

    /** Writes the document to {@code file} (via a temporary file, so a crash never leaves half a file). */
    public static void write(SweepConfig config, Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".sweep", ".json.tmp");
            Files.writeString(temporary, toJson(config), StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode policy(PolicySettings settings) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", settings.type());
        if (settings instanceof PolicySettings.Bandit bandit) {
            bandit.slackFactor().ifPresent(v -> node.put("slack_factor", v));
            bandit.slackAmount().ifPresent(v -> node.put("slack_amount", v));
            node.put("evaluation_interval", bandit.evaluationInterval());
            node.put("delay_evaluation", bandit.delayEvaluation());
        } else if (settings instanceof PolicySettings.MedianStopping median) {
            node.put("evaluation_interval", median.evaluationInterval());
            node.put("delay_evaluation", median.delayEvaluation());
        } else if (settings instanceof PolicySettings.TruncationSelection truncation) {
            node.put("truncation_percentage", truncation.truncationPercentage());
            node.put("exclude_finished_runs", truncation.excludeFinishedRuns());
            node.put("evaluation_interval", truncation.evaluationInterval());
            node.put("delay_evaluation", truncation.delayEvaluation());
        }
        return node;
    }
}
