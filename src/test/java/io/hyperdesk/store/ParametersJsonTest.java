package io.hyperdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperdesk.engine.space.Configuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersJsonTest {

    @Test
    void everyValueTypeComesBackAsItWas() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("b", 3L);
        values.put("a", 3.0);
        values.put("big", Long.MAX_VALUE);
        values.put("nan", Double.NaN);
        values.put("inf", Double.NEGATIVE_INFINITY);
        values.put("text", "NaN");
        values.put("flag", false);
        Configuration back = ParametersJson.read(ParametersJson.write(Configuration.of(values)), "run r");

        assertEquals(List.copyOf(values.keySet()), List.copyOf(back.values().keySet()));
        values.forEach((name, value) -> {
            assertEquals(value, back.get(name), name);
            assertEquals(value.getClass(), back.get(name).getClass(), name);
        });
    }

    @Test
    void aValueOfAnotherTypeIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ParametersJson.write(Configuration.of(Map.of("layers", 3))));
        assertEquals("parameter 'layers': value 3 is a java.lang.Integer; a configuration holds Long, Double, String "
                + "or Boolean", refused.getMessage());
    }

    @Test
    void damagedTextIsReportedWithItsRow() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ParametersJson.read("[1, 2]", "run s_3"));
        assertTrue(refused.getMessage().startsWith("run s_3: parameters are not a JSON object"), refused.getMessage());
    }
}
