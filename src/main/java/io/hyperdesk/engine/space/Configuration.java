package io.hyperdesk.engine.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * A configuration of {@code names.get(i)} to {@code values[i]}, in that order. Same result as
     * {@link #of(Map)} with one copy instead of two; samplers build millions of these.
     *
     * @throws IllegalArgumentException when the sizes differ or a name repeats
     */
    public static Configuration of(List<String> names, Object[] values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names but " + values.length + " values");
        }
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(16, (int) (values.length / 0.75f) + 1));
        for (int i = 0; i < values.length; i++) {
            String name = Objects.requireNonNull(names.get(i));
            copy.put(name, Objects.requireNonNull(values[i], name));
        }
        if (copy.size() != values.length) {
            throw new IllegalArgumentException("repeated parameter name in " + names);
        }
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
