package io.hyperdesk.engine.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point of a search space: parameter name to value, in declaration order. Immutable.
 * Values are Long, Double, String or Boolean, as {@link ParameterExpression} describes.
 */
public final class Configuration {

    private final Map<String, Object> values;

    private Configuration(Map<String, Object> ordered) {
        this.values = Collections.unmodifiableMap(ordered);
    }

    /** A configuration with the entries of {@code values}, in their iteration order. */
    public static Configuration of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(Objects.requireNonNull(name), Objects.requireNonNull(value, name)));
        return new Configuration(copy);
    }

    /** Name to value in declaration order; unmodifiable. */
    public Map<String, Object> values() {
        return values;
    }

    public Object get(String name) {
        return values.get(name);
    }

    public int size() {
        return values.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Configuration that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
