package io.hyperdesk.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.BestRun;
import io.hyperdesk.engine.sweep.RunCommand;
import io.hyperdesk.engine.sweep.RunSummary;
import io.hyperdesk.engine.sweep.SweepConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The best-configuration document (DESIGN "Best-configuration export"): the same JSON for the
 * {@code best} command and the GUI's export.
 *
 * @param sweepId    the sweep asked about
 * @param runId      the best run (possibly of a parent sweep, SPEC M4)
 * @param metric     the primary metric
 * @param value      the best run's score (SPEC M3)
 * @param parameters its configuration
 * @param command    the full command line that reproduces it
 */
public record BestConfiguration(String sweepId, String runId, PrimaryMetric metric, double value,
                                Configuration parameters, List<String> command) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The best run of a sweep, its parents' runs included (SPEC M4); empty when no run logged a
     * finite value of the primary metric.
     */
    public static Optional<BestConfiguration> of(Project project, String sweepId) {
        Optional<SweepConfig> sweepConfig = project.sweepConfig(sweepId);
        if (sweepConfig.isEmpty()) {
            return Optional.empty();
        }
        SweepConfig config = sweepConfig.get();
        List<RunSummary> candidates = new ArrayList<>(project.store().runSummaries(sweepId, config.primaryMetric()));
        for (String parent : config.resumeFrom()) {
            candidates.addAll(project.store().runSummaries(parent, config.primaryMetric()));
        }
        return BestRun.select(candidates, config.primaryMetric().goal()).map(best -> new BestConfiguration(sweepId,
                best.record().runId(), config.primaryMetric(), best.best(), best.record().parameters(),
                RunCommand.arguments(config.command(), best.record().parameters())));
    }

    /** The document as JSON, with the fields in DESIGN's order. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("sweep_id", sweepId);
        root.put("run_id", runId);
        root.put("primary_metric_name", metric.name());
        root.put("primary_metric_goal", metric.goal().jsonName());
        root.put("primary_metric_value", value);
        ObjectNode parameterNode = root.putObject("parameters");
        for (Map.Entry<String, Object> entry : parameters.values().entrySet()) {
            JsonValues.put(parameterNode, entry.getKey(), entry.getValue());
        }
        ArrayNode commandNode = root.putArray("command");
        command.forEach(commandNode::add);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
