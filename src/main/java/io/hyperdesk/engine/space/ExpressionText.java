package io.hyperdesk.engine.space;

import java.util.List;

/**
 * Prints expressions in HyperDrive syntax; {@link ExpressionParser} reads the text back to an
 * equal expression. Called by every record's {@code toText()}.
 *
 * <p>The canonical text: bounds and other real arguments in {@link NumberText#compact} form
 * ({@code loguniform(-6, -1)}, {@code uniform(0.05, 0.1)}); choice values keep their type
 * ({@code 1} is a Long, {@code 1.0} a Double), strings double-quoted with Python escapes, booleans
 * {@code True}/{@code False}; a choice keeps its written form (arguments, one list, or one range).
 */
final class ExpressionText {

    private ExpressionText() {
    }

    static String print(ParameterExpression expression) {
        if (expression instanceof Choice choice) {
            return printChoice(choice);
        }
        if (expression instanceof RandInt randInt) {
            return "randint(" + randInt.upper() + ")";
        }
        if (expression instanceof Uniform e) {
            return call(e.kind(), e.low(), e.high());
        }
        if (expression instanceof LogUniform e) {
            return call(e.kind(), e.low(), e.high());
        }
        if (expression instanceof Normal e) {
            return call(e.kind(), e.mu(), e.sigma());
        }
        if (expression instanceof LogNormal e) {
            return call(e.kind(), e.mu(), e.sigma());
        }
        if (expression instanceof QUniform e) {
            return call(e.kind(), e.low(), e.high(), e.q());
        }
        if (expression instanceof QLogUniform e) {
            return call(e.kind(), e.low(), e.high(), e.q());
        }
        if (expression instanceof QNormal e) {
            return call(e.kind(), e.mu(), e.sigma(), e.q());
        }
        QLogNormal e = (QLogNormal) expression;
        return call(e.kind(), e.mu(), e.sigma(), e.q());
    }

    /** A choice value as written in an expression: the inverse of the parser's literals. */
    static String value(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Boolean flag) {
            return flag ? "True" : "False";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return NumberText.shortest(number.doubleValue());
        }
        return quote(String.valueOf(value));
    }

    /** A string literal in double quotes, escaped the way Python reads it. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String call(String kind, double... arguments) {
        StringBuilder out = new StringBuilder(kind).append('(');
        for (int i = 0; i < arguments.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(NumberText.compact(arguments[i]));
        }
        return out.append(')').toString();
    }

    private static String printChoice(Choice choice) {
        List<Object> values = choice.values();
        if (choice.form() == Choice.Form.RANGE) {
            String range = range(values);
            if (range != null) {
                return "choice(" + range + ")";
            }
        }
        StringBuilder out = new StringBuilder("choice(");
        boolean list = choice.form() != Choice.Form.ARGUMENTS;
        if (list) {
            out.append('[');
        }
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(value(values.get(i)));
        }
        return out.append(list ? "])" : ")").toString();
    }

    /**
     * {@code range(start, stop[, step])} giving exactly {@code values}, with the tightest stop
     * ({@code range(0, 10, 3)} for 0, 3, 6, 9); null when the values are not such a progression of
     * Longs (a hand-built record; then the choice prints as a list).
     */
    static String range(List<Object> values) {
        for (Object value : values) {
            if (!(value instanceof Long)) {
                return null;
            }
        }
        long start = (Long) values.get(0);
        long last = (Long) values.get(values.size() - 1);
        try {
            long step = values.size() == 1 ? 1 : Math.subtractExact((Long) values.get(1), start);
            if (step == 0) {
                return null;
            }
            for (int i = 1; i < values.size(); i++) {
                if ((Long) values.get(i) != Math.addExact(start, Math.multiplyExact(step, (long) i))) {
                    return null;
                }
            }
            long stop = Math.addExact(last, Long.signum(step));
            return step == 1
                    ? "range(" + start + ", " + stop + ")"
                    : "range(" + start + ", " + stop + ", " + step + ")";
        } catch (ArithmeticException overflow) {
            return null;
        }
    }
}
