package io.hyperdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperdesk.engine.space.Configuration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's parameters as the JSON object kept in {@code runs.parameters}: declaration order, and
 * each value's type exact on the way back — integers become {@code Long}, numbers with a point or
 * exponent {@code Double} (so {@code 3L} and {@code 3.0} stay apart), strings and booleans as
 * they are. Non-finite doubles are written as the bare tokens {@code NaN}/{@code Infinity}, not
 * as strings, so that they do not come back as {@code String}s.
 */
final class ParametersJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private ParametersJson() {
    }

    /**
     * The JSON text of {@code parameters}.
     *
     * @throws IllegalArgumentException when a value is not Long, Double, String or Boolean
     */
    static String write(Configuration parameters) {
        ObjectNode object = MAPPER.createObjectNode();
        parameters.values().forEach((name, value) -> {
            if (value instanceof Long l) {
                object.put(name, l.longValue());
            } else if (value instanceof Double d) {
                object.put(name, d.doubleValue());
            } else if (value instanceof String s) {
                object.put(name, s);
            } else if (value instanceof Boolean b) {
                object.put(name, b.booleanValue());
            } else {
                throw new IllegalArgumentException("parameter '" + name + "': value " + value + " is a "
                        + value.getClass().getName() + "; a configuration holds Long, Double, String or Boolean");
            }
        });
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write parameters " + parameters, e);
        }
    }

    /**
     * The configuration in {@code json}.
     *
     * @param where names the row, for the message when the text is damaged
     * @throws IllegalArgumentException when {@code json} is not an object of such values
     */
    static Configuration read(String json, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": parameters are not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(where + ": parameters are not a JSON object: " + json);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            values.put(field.getKey(), value(field.getValue(), where, field.getKey()));
        }
        return Configuration.of(values);
    }

    private static Object value(JsonNode node, String where, String name) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isFloatingPointNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        throw new IllegalArgumentException(where + ": parameter '" + name + "' has an unsupported value " + node);
    }
}
