package io.hyperdesk.gui.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The fields of a loaded sweep.json that the form does not hold (a typo such as
 * {@code max_total_run}, a policy field of another policy type), found by writing the loaded draft
 * back and comparing: these would be lost on save, and the message bar says so instead of dropping
 * them silently.
 */
final class LostFields {

    private LostFields() {
    }

    /** Dotted paths of the fields in {@code original} that {@code regenerated} lacks, top level, sampling and policy. */
    static List<String> between(JsonNode original, JsonNode regenerated) {
        List<String> lost = new ArrayList<>();
        compare(original, regenerated, "", lost);
        for (String section : List.of("sampling", "policy")) {
            JsonNode before = original.get(section);
            JsonNode after = regenerated.get(section);
            if (before != null && before.isObject() && after != null && after.isObject()) {
                compare(before, after, section + ".", lost);
            }
        }
        return lost;
    }

    private static void compare(JsonNode before, JsonNode after, String prefix, List<String> lost) {
        Iterator<String> names = before.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!after.has(name) && !before.get(name).isNull()) {
                lost.add(prefix + name);
            }
        }
    }
}
