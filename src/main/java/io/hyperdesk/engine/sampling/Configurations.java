package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.List;

/** A search space unpacked into arrays, and configurations built from value arrays in declaration order. */
final class Configurations {

    final String[] names;
    final ParameterExpression[] expressions;
    private final List<String> nameList;

    Configurations(SearchSpace space) {
        names = new String[space.dimension()];
        expressions = new ParameterExpression[space.dimension()];
        for (int i = 0; i < names.length; i++) {
            Parameter parameter = space.parameters().get(i);
            names[i] = parameter.name();
            expressions[i] = parameter.expression();
        }
        nameList = List.of(names);
    }

    int dimension() {
        return names.length;
    }

    /** The configuration of {@code values} (one per parameter, in declaration order); the array is not kept. */
    Configuration of(Object[] values) {
        return Configuration.of(nameList, values);
    }
}
