package io.hyperdesk.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperdesk.engine.space.ExpressionParser;
import io.hyperdesk.engine.space.ExpressionResult;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code parameter_space}: parameter name to HyperDrive expression text (SPEC E1–E13). */
final class SpaceSection {

    static final String FIELD = "parameter_space";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private SpaceSection() {
    }

    static Optional<SearchSpace> read(JsonNode node, List<ConfigProblem> problems) {
        if (node == null || node.isNull()) {
            problems.add(new ConfigProblem(FIELD, "is required: parameter name to expression, e.g. "
                    + "{\"learning_rate\": \"loguniform(-9.2, -2.3)\", \"batch_size\": \"choice(16, 32, 64)\"}"));
            return Optional.empty();
        }
        if (!node.isObject()) {
            problems.add(new ConfigProblem(FIELD, "must be an object of parameter name to expression, e.g. "
                    + "{\"batch_size\": \"choice(16, 32, 64)\"}; got " + JsonFields.describe(node)));
            return Optional.empty();
        }
        if (node.isEmpty()) {
            problems.add(new ConfigProblem(FIELD, "has no parameters; add at least one, e.g. "
                    + "\"learning_rate\": \"loguniform(-9.2, -2.3)\""));
            return Optional.empty();
        }
        List<Parameter> parameters = new ArrayList<>();
        boolean valid = true;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            String path = FIELD + "." + name;
            if (!NAME.matcher(name).matches()) {
                problems.add(new ConfigProblem(path, "is not a usable parameter name: the script receives it as --"
                        + name + "; use letters, digits, '_', '-' or '.', starting with a letter or '_'"));
                valid = false;
                continue;
            }
            JsonNode value = field.getValue();
            if (!value.isTextual()) {
                problems.add(new ConfigProblem(path, "must be an expression string such as \"choice(16, 32)\" or "
                        + "\"uniform(0.05, 0.1)\"; got " + JsonFields.describe(value)));
                valid = false;
                continue;
            }
            ExpressionResult result = ExpressionParser.parse(name, value.asText());
            if (result instanceof ExpressionResult.Parsed parsed) {
                parameters.add(new Parameter(name, parsed.expression()));
            } else if (result instanceof ExpressionResult.Invalid invalid) {
                problems.add(new ConfigProblem(path, invalid.error().message()));
                valid = false;
            }
        }
        return valid ? Optional.of(new SearchSpace(parameters)) : Optional.empty();
    }
}
