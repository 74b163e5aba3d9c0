package io.hyperdesk.engine.space;

import java.util.Optional;

/**
 * What {@link ExpressionParser#parse} made of a text: an expression, or an error to show. Errors
 * are values because the caller (config validation, a GUI form) must report them, all of them.
 */
public sealed interface ExpressionResult permits ExpressionResult.Parsed, ExpressionResult.Invalid {

    /** The text was a valid expression. */
    record Parsed(ParameterExpression expression) implements ExpressionResult {
        public Parsed {
            java.util.Objects.requireNonNull(expression, "expression");
        }
    }

    /** The text was refused; {@code error} says where and why. */
    record Invalid(ExpressionError error) implements ExpressionResult {
        public Invalid {
            java.util.Objects.requireNonNull(error, "error");
        }
    }

    /** True for {@link Parsed}. */
    default boolean isValid() {
        return this instanceof Parsed;
    }

    /** The expression when parsed, else empty. */
    default Optional<ParameterExpression> parsed() {
        return this instanceof Parsed parsed ? Optional.of(parsed.expression()) : Optional.empty();
    }

    /** The error when invalid, else empty. */
    default Optional<ExpressionError> invalid() {
        return this instanceof Invalid invalid ? Optional.of(invalid.error()) : Optional.empty();
    }

    /**
     * The expression, or an {@link IllegalArgumentException} with the error's full text; for
     * callers that know the text is valid (tests, built-in defaults).
     */
    default ParameterExpression orElseThrow() {
        if (this instanceof Parsed parsed) {
            return parsed.expression();
        }
        throw new IllegalArgumentException(((Invalid) this).error().toString());
    }
}
