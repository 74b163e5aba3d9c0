package io.hyperdesk.engine.space;

/** Prints expressions in HyperDrive syntax. TODO(space): implement. */
final class ExpressionText {

    private ExpressionText() {
    }

    static String print(ParameterExpression expression) {
        throw new UnsupportedOperationException("TODO");
    }
}
