package io.hyperdesk.engine.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void fromNamesAndValuesEqualsFromAMapInTheSameOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1L);
        map.put("a", "x");
        Object[] values = {1L, "x"};
        Configuration configuration = Configuration.of(List.of("b", "a"), values);
        values[0] = 2L;
        assertEquals(Configuration.of(map), configuration);
        assertEquals(List.of("b", "a"), List.copyOf(configuration.values().keySet()));
        assertThrows(IllegalArgumentException.class, () -> Configuration.of(List.of("a", "a"), new Object[] {1L, 2L}));
        assertThrows(IllegalArgumentException.class, () -> Configuration.of(List.of("a"), new Object[] {1L, 2L}));
        assertThrows(NullPointerException.class, () -> Configuration.of(List.of("a"), new Object[] {null}));
    }
}
