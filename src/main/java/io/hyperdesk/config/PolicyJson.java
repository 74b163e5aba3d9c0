package io.hyperdesk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperdesk.engine.policy.PolicySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A policy given on its own as JSON, the way sweep.json's {@code policy} field holds it, e.g.
 * {@code {"type": "median_stopping", "evaluation_interval": 1, "delay_evaluation": 5}}.
 */
public final class PolicyJson {

    private PolicyJson() {
    }

    /** The settings, or every problem found (fields named {@code policy.…}). */
    public static Result read(String json) {
        List<ConfigProblem> problems = new ArrayList<>();
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(new ConfigProblem(PolicySection.FIELD, "is not valid JSON: " + e.getOriginalMessage()
                    + "; e.g. {\"type\": \"bandit\", \"slack_factor\": 0.1}"));
            return new Result(Optional.empty(), problems);
        }
        Optional<PolicySettings> settings = PolicySection.read(node, problems);
        return new Result(problems.isEmpty() ? settings : Optional.empty(), problems);
    }

    /** The outcome of {@link #read}. */
    public record Result(Optional<PolicySettings> settings, List<ConfigProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }
}
