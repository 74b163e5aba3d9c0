package io.hyperdesk.gui.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.engine.space.NumberText;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@link SweepDraft} written as a sweep.json tree, field by field as DESIGN names them, so that
 * {@code SweepFileReader} validates exactly what {@code validate} would see in the saved file.
 * Number fields go in as numbers when they read as numbers and as the typed text otherwise, so the
 * reader's message ("must be a whole number…; got the string …") is the one the user sees.
 * {@link DraftReader} is the other direction.
 */
final class DesignDocument {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private DesignDocument() {
    }

    /**
     * The document of {@code draft}; problems only the form can have (an unclosed quote in the
     * command, two parameters of one name, a parameter without a name) go to {@code problems}.
     */
    static ObjectNode toTree(SweepDraft draft, List<ConfigProblem> problems) {
        ObjectNode root = NODES.objectNode();
        if (!draft.name().isBlank()) {
            root.put("name", draft.name().trim());
        }
        CommandLineText.Split command = CommandLineText.split(draft.command());
        command.problem().ifPresent(p -> problems.add(new ConfigProblem("command", p)));
        if (command.problem().isEmpty() && !command.arguments().isEmpty()) {
            ArrayNode array = root.putArray("command");
            command.arguments().forEach(array::add);
        }
        ObjectNode space = root.putObject("parameter_space");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < draft.parameters().size(); i++) {
            ParameterDraft parameter = draft.parameters().get(i);
            String name = parameter.name().trim();
            if (name.isEmpty()) {
                problems.add(new ConfigProblem("parameter_space[" + (i + 1) + "]", "parameter " + (i + 1)
                        + " has no name; the script receives it as --<name>, e.g. learning_rate"));
            } else if (!names.add(name)) {
                problems.add(new ConfigProblem("parameter_space." + name, "the name is used twice; each parameter "
                        + "needs its own name (the script receives --" + name + " once)"));
            } else {
                space.put(name, parameter.expressionText());
            }
        }
        ObjectNode sampling = root.putObject("sampling");
        sampling.put("method", draft.samplingMethod().jsonName());
        putNumber(sampling, "seed", draft.seed());
        if (!draft.primaryMetricName().isBlank()) {
            root.put("primary_metric_name", draft.primaryMetricName().trim());
        }
        root.put("primary_metric_goal", draft.goal().jsonName());
        root.set("policy", policy(draft.policy()));
        putNumber(root, "max_total_runs", draft.maxTotalRuns());
        putNumber(root, "max_concurrent_runs", draft.maxConcurrentRuns());
        putNumber(root, "max_duration_minutes", draft.maxDurationMinutes());
        ArrayNode resumeFrom = root.putArray("resume_from");
        draft.resumeFrom().forEach(resumeFrom::add);
        ArrayNode resumeChildRuns = root.putArray("resume_child_runs");
        draft.resumeChildRuns().forEach(resumeChildRuns::add);
        return root;
    }

    private static ObjectNode policy(PolicyDraft policy) {
        ObjectNode node = NODES.objectNode();
        node.put("type", policy.type().jsonName());
        switch (policy.type()) {
            case BANDIT -> {
                putNumber(node, policy.slackAmount() ? "slack_amount" : "slack_factor", policy.slack());
                putNumber(node, "evaluation_interval", policy.evaluationInterval());
                putNumber(node, "delay_evaluation", policy.delayEvaluation());
            }
            case MEDIAN_STOPPING -> {
                putNumber(node, "evaluation_interval", policy.evaluationInterval());
                putNumber(node, "delay_evaluation", policy.delayEvaluation());
            }
            case TRUNCATION_SELECTION -> {
                putNumber(node, "truncation_percentage", policy.truncationPercentage());
                node.put("exclude_finished_runs", policy.excludeFinishedRuns());
                putNumber(node, "evaluation_interval", policy.evaluationInterval());
                putNumber(node, "delay_evaluation", policy.delayEvaluation());
            }
            default -> {
                // none: the type alone
            }
        }
        return node;
    }

    /** A number field: left out when blank, a number when it reads as one, else the text as typed. */
    private static void putNumber(ObjectNode node, String field, String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return;
        }
        if (INTEGER.matcher(trimmed).matches()) {
            node.put(field, new BigInteger(trimmed));
            return;
        }
        var number = NaturalNumbers.parse(trimmed);
        if (number.isPresent()) {
            node.put(field, number.getAsDouble());
        } else {
            node.put(field, text);
        }
    }

    /** A number of a loaded document as the form shows it ({@code 60}, {@code 0.5}, {@code 1e-05}). */
    static String numberText(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        if (node.isNumber()) {
            return NumberText.compact(node.asDouble());
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** The document as sweep.json text (pretty-printed, as the writer does). */
    static String text(ObjectNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always prints", e);
        }
    }
}
