package io.hyperdesk.engine.space;

import java.util.Objects;

/** A named parameter of a search space and the expression it is drawn from. */
public record Parameter(String name, ParameterExpression expression) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
