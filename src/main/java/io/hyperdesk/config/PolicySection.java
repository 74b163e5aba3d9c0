package io.hyperdesk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperdesk.engine.policy.PolicySettings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads {@code policy} (SPEC §4, DESIGN sweep.json). Defaults follow HyperDrive's. */
final class PolicySection {

    static final String FIELD = "policy";
    static final List<String> TYPES = List.of("bandit", "median_stopping", "truncation_selection", "none");

    private PolicySection() {
    }

    static Optional<PolicySettings> read(JsonNode node, List<ConfigProblem> problems) {
        if (node == null || node.isNull()) {
            return Optional.of(new PolicySettings.None());
        }
        if (!node.isObject()) {
            problems.add(new ConfigProblem(FIELD, "must be an object such as {\"type\": \"bandit\", \"slack_factor\": 0.1}; got "
                    + JsonFields.describe(node)));
            return Optional.empty();
        }
        JsonFields fields = new JsonFields((ObjectNode) node, FIELD, problems);
        int before = problems.size();
        String type = fields.string("type", false, "\"bandit\"").orElse("none");
        if (!TYPES.contains(type)) {
            String nearest = Suggestions.nearest(type, TYPES);
            fields.problem("type", "\"" + type + "\" is not a policy; use one of " + String.join(", ", TYPES)
                    + (nearest != null ? " (did you mean \"" + nearest + "\"?)" : ""));
            return Optional.empty();
        }
        Set<String> known = new LinkedHashSet<>(List.of("type"));
        PolicySettings settings;
        switch (type) {
            case "bandit" -> {
                known.addAll(List.of("slack_factor", "slack_amount", "evaluation_interval", "delay_evaluation"));
                OptionalDouble factor = fields.positiveNumber("slack_factor", false, "the allowed ratio to the best run");
                OptionalDouble amount = fields.positiveNumber("slack_amount", false, "the allowed distance to the best run");
                boolean hasFactor = fields.has("slack_factor");
                boolean hasAmount = fields.has("slack_amount");
                if (hasFactor == hasAmount) {
                    fields.problem(hasFactor ? "slack_amount" : "slack_factor", hasFactor
                            ? "give slack_factor or slack_amount, not both"
                            : "is required for a bandit policy (or slack_amount instead), e.g. \"slack_factor\": 0.1");
                }
                settings = new PolicySettings.Bandit(factor, amount, interval(fields), delay(fields, 0));
            }
            case "median_stopping" -> {
                known.addAll(List.of("evaluation_interval", "delay_evaluation"));
                settings = new PolicySettings.MedianStopping(interval(fields), delay(fields, 5));
            }
            case "truncation_selection" -> {
                known.addAll(List.of("truncation_percentage", "evaluation_interval", "delay_evaluation",
                        "exclude_finished_runs"));
                int percentage = fields.smallInteger("truncation_percentage", 1, 99, true,
                        "the percentage of lowest-performing runs to cancel at each evaluation").orElse(1);
                boolean exclude = fields.bool("exclude_finished_runs").orElse(false);
                settings = new PolicySettings.TruncationSelection(percentage, exclude, interval(fields), delay(fields, 0));
            }
            default -> settings = new PolicySettings.None();
        }
        fields.rejectUnknown(known, "a " + type + " policy");
        return problems.size() == before ? Optional.of(settings) : Optional.empty();
    }

    private static int interval(JsonFields fields) {
        // SPEC T1: values <= 0 mean 1; we accept them as HyperDrive does.
        return fields.smallInteger("evaluation_interval", -1_000_000, 1_000_000, false,
                "how often the policy is applied, in intervals").orElse(1);
    }

    private static int delay(JsonFields fields, int defaultDelay) {
        return fields.smallInteger("delay_evaluation", 0, 1_000_000, false,
                "intervals to wait before the first evaluation").orElse(defaultDelay);
    }
}
