package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.LinkedHashMap;
import java.util.Map;

/** A search space unpacked into arrays, and configurations built from value arrays in declaration order. */
final class Configurations {

    final String[] names;
    final ParameterExpression[] expressions;

    Configurations(SearchSpace space) {
        names = new String[space.dimension()];
        expressions = new ParameterExpression[space.dimension()];
        for (int i = 0; i < names.length; i++) {
            Parameter parameter = space.parameters().get(i);
            names[i] = parameter.name();
            expressions[i] = parameter.expression();
        }
    }

    int dimension() {
        return names.length;
    }

    Configuration of(Object[] values) {
        Map<String, Object> map = new LinkedHashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i]);
        }
        return Configuration.of(map);
    }
}
