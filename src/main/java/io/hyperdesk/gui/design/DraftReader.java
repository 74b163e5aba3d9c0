package io.hyperdesk.gui.design;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.sampling.SamplingMethod;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills a {@link SweepDraft} from a sweep.json tree, valid or not, so that a file with a typo opens
 * in the form with the typo shown where it is. What the form cannot hold (a sampling method or goal
 * it does not know) falls back to the default with a note for the message bar; unknown fields are
 * found by {@link LostFields}.
 */
final class DraftReader {

    private DraftReader() {
    }

    static SweepDraft read(JsonNode root, List<String> notes) {
        String name = text(root.get("name"));
        String command = command(root.get("command"), notes);
        List<ParameterDraft> parameters = new ArrayList<>();
        JsonNode space = root.get("parameter_space");
        if (space != null && space.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = space.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                String text = value.isTextual() ? value.asText() : value.toString();
                parameters.add(ParameterViewModel.fromText(field.getKey(), text).toDraft());
            }
        }
        JsonNode sampling = root.path("sampling");
        SamplingMethod method = SamplingMethod.RANDOM;
        String methodText = text(sampling.get("method"));
        if (!methodText.isEmpty()) {
            try {
                method = SamplingMethod.valueOf(methodText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                notes.add("sampling.method \"" + methodText + "\" is not a sampling method; the form shows random");
            }
        }
        Goal goal = Goal.MAXIMIZE;
        String goalText = text(root.get("primary_metric_goal"));
        if (!goalText.isEmpty()) {
            try {
                goal = Goal.parse(goalText);
            } catch (IllegalArgumentException e) {
                notes.add("primary_metric_goal \"" + goalText + "\" is not a goal; the form shows maximize");
            }
        }
        return new SweepDraft(name, command, parameters, method, DesignDocument.numberText(sampling.get("seed")),
                text(root.get("primary_metric_name")), goal, policy(root.get("policy"), notes),
                DesignDocument.numberText(root.get("max_total_runs")),
                DesignDocument.numberText(root.get("max_concurrent_runs")),
                DesignDocument.numberText(root.get("max_duration_minutes")),
                strings(root.get("resume_from")), strings(root.get("resume_child_runs")));
    }

    private static String command(JsonNode node, List<String> notes) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isTextual()) {
            notes.add("command was one string; the form splits it at blanks and saves it as a list");
            return node.asText();
        }
        return CommandLineText.join(strings(node));
    }

    private static PolicyDraft policy(JsonNode node, List<String> notes) {
        PolicyDraft none = PolicyDraft.none();
        if (node == null || !node.isObject()) {
            return none;
        }
        String typeText = text(node.get("type"));
        PolicyType type = typeText.isEmpty() ? PolicyType.NONE : PolicyType.named(typeText);
        if (type == null) {
            notes.add("policy.type \"" + typeText + "\" is not a policy; the form shows no policy");
            type = PolicyType.NONE;
        }
        boolean amount = node.has("slack_amount") && !node.has("slack_factor");
        String slack = DesignDocument.numberText(node.get(amount ? "slack_amount" : "slack_factor"));
        String delay = DesignDocument.numberText(node.get("delay_evaluation"));
        String percentage = DesignDocument.numberText(node.get("truncation_percentage"));
        String interval = DesignDocument.numberText(node.get("evaluation_interval"));
        return new PolicyDraft(type, amount, slack.isEmpty() && type != PolicyType.BANDIT ? none.slack() : slack,
                interval.isEmpty() ? none.evaluationInterval() : interval,
                delay.isEmpty() ? Integer.toString(type.defaultDelay()) : delay,
                percentage.isEmpty() && type != PolicyType.TRUNCATION_SELECTION ? none.truncationPercentage() : percentage,
                node.path("exclude_finished_runs").asBoolean(false));
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : "";
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> values.add(item.isTextual() ? item.asText() : item.toString()));
        }
        return values;
    }
}
