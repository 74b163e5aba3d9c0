package io.hyperdesk.engine.space;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The parameters of a sweep in declaration order. Immutable.
 *
 * <p>Declaration order matters: the training script receives its arguments in it, and grid
 * sampling varies the last parameter fastest (SPEC S4).
 */
public record SearchSpace(List<Parameter> parameters) {

    public SearchSpace {
        parameters = List.copyOf(parameters);
        Set<String> names = new LinkedHashSet<>();
        for (Parameter parameter : parameters) {
            if (!names.add(parameter.name())) {
                throw new IllegalArgumentException("duplicate parameter name: " + parameter.name());
            }
        }
    }

    /** The parameter names in declaration order. */
    public List<String> names() {
        return parameters.stream().map(Parameter::name).toList();
    }

    /** Number of parameters. */
    public int dimension() {
        return parameters.size();
    }

    /** True when every parameter is a {@code choice}, so the space is finite. */
    public boolean isAllChoice() {
        return !parameters.isEmpty()
                && parameters.stream().allMatch(p -> p.expression() instanceof Choice);
    }

    /**
     * The number of distinct configurations when every parameter is a {@code choice}
     * (saturating at {@link Long#MAX_VALUE}); empty otherwise.
     */
    public OptionalLong size() {
        if (!isAllChoice()) {
            return OptionalLong.empty();
        }
        long size = 1;
        for (Parameter parameter : parameters) {
            int count = ((Choice) parameter.expression()).values().size();
            size = size > Long.MAX_VALUE / count ? Long.MAX_VALUE : size * count;
        }
        return OptionalLong.of(size);
    }
}
