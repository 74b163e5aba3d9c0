package io.hyperdesk.config;

/**
 * One problem of a sweep.json document: the field it is in (a dotted path such as
 * {@code policy.slack_factor} or {@code parameter_space.learning_rate}) and what is wrong, with how
 * to fix it.
 */
public record ConfigProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
