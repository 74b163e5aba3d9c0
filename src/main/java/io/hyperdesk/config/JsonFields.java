package io.hyperdesk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Typed reads of one JSON object's fields that collect problems instead of throwing, so a
 * document's every problem is reported at once.
 */
final class JsonFields {

    private final ObjectNode node;
    private final String prefix;
    private final List<ConfigProblem> problems;

    JsonFields(ObjectNode node, String prefix, List<ConfigProblem> problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    void problem(String field, String message) {
        problems.add(new ConfigProblem(path(field), message));
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    JsonNode get(String field) {
        return node.get(field);
    }

    /** Reports every field not in {@code known}, suggesting the nearest known name. */
    void rejectUnknown(Set<String> known, String what) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String nearest = Suggestions.nearest(name, known);
                String hint = nearest != null ? "did you mean \"" + nearest + "\"?" : "expected one of " + String.join(", ", known);
                problem(name, "unknown field in " + what + "; " + hint);
            }
        }
    }

    Optional<String> string(String field, boolean required, String example) {
        if (!has(field)) {
            if (required) {
                problem(field, "is required, e.g. \"" + field + "\": " + example);
            }
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            problem(field, "must be a string, e.g. \"" + field + "\": " + example + "; got " + describe(value));
            return Optional.empty();
        }
        if (value.asText().isBlank()) {
            problem(field, "must not be empty, e.g. \"" + field + "\": " + example);
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    OptionalLong integer(String field, long min, long max, boolean required, String meaning) {
        if (!has(field)) {
            if (required) {
                problem(field, "is required: " + meaning + ", a whole number from " + min + " to " + max);
            }
            return OptionalLong.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() && !(value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))) {
            problem(field, "must be a whole number from " + min + " to " + max + " (" + meaning + "); got " + describe(value));
            return OptionalLong.empty();
        }
        long number = value.asLong();
        if (number < min || number > max) {
            problem(field, "must be from " + min + " to " + max + " (" + meaning + "); got " + number);
            return OptionalLong.empty();
        }
        return OptionalLong.of(number);
    }

    OptionalInt smallInteger(String field, int min, int max, boolean required, String meaning) {
        OptionalLong value = integer(field, min, max, required, meaning);
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    OptionalDouble positiveNumber(String field, boolean required, String meaning) {
        if (!has(field)) {
            if (required) {
                problem(field, "is required: " + meaning + ", a number greater than 0");
            }
            return OptionalDouble.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            problem(field, "must be a number greater than 0 (" + meaning + "); got " + describe(value));
            return OptionalDouble.empty();
        }
        double number = value.asDouble();
        if (!(number > 0) || !Double.isFinite(number)) {
            problem(field, "must be greater than 0 (" + meaning + "); got " + value.asText());
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number);
    }

    Optional<Boolean> bool(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            problem(field, "must be true or false; got " + describe(value));
            return Optional.empty();
        }
        return Optional.of(value.asBoolean());
    }

    /** A list of non-empty strings; empty when absent. */
    List<String> strings(String field, String meaning) {
        List<String> result = new ArrayList<>();
        if (!has(field)) {
            return result;
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            problem(field, "must be a list of strings (" + meaning + "); got " + describe(value));
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isEmpty()) {
                problems.add(new ConfigProblem(path(field) + "[" + i + "]",
                        "must be a non-empty string (" + meaning + "); got " + describe(item)));
            } else {
                result.add(item.asText());
            }
        }
        return result;
    }

    static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "the string \"" + value.asText() + "\"";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.toString();
    }
}
