package io.hyperdesk.engine.space;

import java.util.List;

/** One argument of an expression as the parser read it, with the column where it starts. */
sealed interface ExpressionArgument {

    int column();

    /** How the argument reads in a message, e.g. {@code the string "relu"}. */
    String describe();

    record NumberArgument(int column, ExpressionScanner.NumberLiteral literal) implements ExpressionArgument {
        public String describe() {
            return literal.text();
        }

        /** The choice value: a Long when written as an integer, else a Double. */
        Object value() {
            return literal.integer() != null ? (Object) literal.integer() : (Object) literal.value();
        }
    }

    record StringArgument(int column, String value) implements ExpressionArgument {
        public String describe() {
            return "the string " + ExpressionText.quote(value);
        }
    }

    record BooleanArgument(int column, boolean value) implements ExpressionArgument {
        public String describe() {
            return value ? "True" : "False";
        }
    }

    record ListArgument(int column, List<ExpressionArgument> items) implements ExpressionArgument {
        public String describe() {
            return "a list";
        }
    }

    record RangeArgument(int column, List<Object> values) implements ExpressionArgument {
        public String describe() {
            return "a range";
        }
    }
}
