package io.hyperdesk.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Parameter values into JSON with their types: integers as JSON integers, booleans as booleans. */
public final class JsonValues {

    private JsonValues() {
    }

    public static void put(ObjectNode node, String name, Object value) {
        if (value instanceof Long l) {
            node.put(name, l);
        } else if (value instanceof Integer i) {
            node.put(name, i);
        } else if (value instanceof Double d) {
            node.put(name, d);
        } else if (value instanceof Boolean b) {
            node.put(name, b);
        } else {
            node.put(name, String.valueOf(value));
        }
    }
}
