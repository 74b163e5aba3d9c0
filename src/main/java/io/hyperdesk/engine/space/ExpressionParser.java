package io.hyperdesk.engine.space;

import io.hyperdesk.engine.space.ExpressionArgument.BooleanArgument;
import io.hyperdesk.engine.space.ExpressionArgument.ListArgument;
import io.hyperdesk.engine.space.ExpressionArgument.NumberArgument;
import io.hyperdesk.engine.space.ExpressionArgument.RangeArgument;
import io.hyperdesk.engine.space.ExpressionArgument.StringArgument;
import io.hyperdesk.engine.space.ExpressionScanner.Failure;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads HyperDrive's expression syntax (SPEC E1–E10) into a {@link ParameterExpression}, refusing
 * anything invalid with an {@link ExpressionError} that names the parameter, quotes the text and
 * says what is wrong and how to fix it (SPEC E13).
 *
 * <p>Called by config validation for every {@code parameter_space} entry and by the GUI as the user
 * types. Never throws, whatever the text. Pure and thread-safe. Tolerant of whitespace, Python's
 * single quotes, trailing commas, and {@code true}/{@code false} beside {@code True}/{@code False}.
 */
public final class ExpressionParser {

    /** SPEC E1 has no bound; this one keeps a typo like range(0, 10**9) from filling memory. */
    static final int MAX_RANGE_VALUES = 100_000;

    private final ExpressionScanner in;

    private ExpressionParser(String text) {
        this.in = new ExpressionScanner(text);
    }

    /**
     * Parses {@code text}, the expression of parameter {@code parameterName} (used in the error only).
     * A null text counts as empty.
     */
    public static ExpressionResult parse(String parameterName, String text) {
        String parameter = parameterName == null ? "" : parameterName;
        String source = text == null ? "" : text;
        try {
            return new ExpressionResult.Parsed(new ExpressionParser(source).expression());
        } catch (Failure failure) {
            return new ExpressionResult.Invalid(new ExpressionError(parameter, source, failure.column, failure.problem));
        } catch (RuntimeException | StackOverflowError bug) {
            // A parser bug must not take the GUI or the CLI down with it; say so instead.
            return new ExpressionResult.Invalid(new ExpressionError(parameter, source, -1,
                    "could not read this expression (" + bug + "); please report it"));
        }
    }

    private ParameterExpression expression() {
        in.skipSpace();
        if (in.atEnd()) {
            throw in.fail(-1, "the expression is empty; write one of " + ExpressionKind.allNames()
                    + ", e.g. uniform(0.05, 0.1)");
        }
        int nameColumn = in.position();
        if (!in.atNameStart()) {
            throw in.fail(nameColumn, "expected an expression such as uniform(0.05, 0.1) or choice(16, 32), found "
                    + in.describeHere());
        }
        String name = in.name();
        ExpressionKind kind = ExpressionKind.named(name);
        if (kind == null) {
            throw in.fail(nameColumn, unknownFunction(name));
        }
        in.skipSpace();
        int open = in.position();
        if (!in.take('(')) {
            throw in.fail(open, "expected '(' after " + name + ", e.g. " + kind.example());
        }
        List<ExpressionArgument> arguments = new ArrayList<>();
        int close = arguments(name, open, ')', arguments);
        in.skipSpace();
        if (!in.atEnd()) {
            throw in.fail(in.position(), in.peek() == ')'
                    ? "unbalanced ')' after the expression; remove it"
                    : "unexpected text after the expression: '" + in.rest() + "'; remove it");
        }
        return ExpressionBuilder.build(kind, nameColumn, arguments, close);
    }

    private static String unknownFunction(String name) {
        if (name.equals("range")) {
            return "range(…) goes inside choice, e.g. choice(range(1, 5))";
        }
        ExpressionKind nearest = ExpressionKind.nearest(name);
        if (nearest != null) {
            return "unknown function '" + name + "'; did you mean " + nearest.text() + "?"
                    + (nearest.text().equalsIgnoreCase(name) ? " Names are lower case." : "");
        }
        return "unknown function '" + name + "'; use one of " + ExpressionKind.allNames();
    }

    /**
     * Reads comma-separated arguments up to {@code closing} (the opening bracket is consumed and
     * was at {@code open}); returns the closing bracket's column.
     */
    private int arguments(String owner, int open, char closing, List<ExpressionArgument> into) {
        while (true) {
            in.skipSpace();
            if (in.atEnd()) {
                throw missing(closing, owner, open);
            }
            if (in.peek() == closing) {
                int column = in.position();
                in.take(closing);
                return column;
            }
            into.add(argument(owner, closing == ']'));
            in.skipSpace();
            if (in.take(',')) {
                continue;
            }
            if (in.atEnd()) {
                throw missing(closing, owner, open);
            }
            if (in.peek() != closing) {
                char other = closing == ')' ? ']' : ')';
                throw in.peek() == other
                        ? in.fail(in.position(), "found '" + other + "' where '" + closing + "' closes "
                                + opened(closing, owner, open))
                        : in.fail(in.position(), "expected ',' or '" + closing + "' after the value, found " + in.describeHere());
            }
        }
    }

    private Failure missing(char closing, String owner, int open) {
        return in.fail(in.length(), "missing '" + closing + "' to close " + opened(closing, owner, open));
    }

    private static String opened(char closing, String owner, int open) {
        return (closing == ')' ? "'" + owner + "('" : "the list '['") + " at column " + open;
    }

    private ExpressionArgument argument(String owner, boolean inList) {
        int column = in.position();
        char c = in.peek();
        if (c == '[') {
            if (inList) {
                throw in.fail(column, "a list inside a list is not allowed; choice values are numbers, strings or booleans");
            }
            in.take('[');
            List<ExpressionArgument> items = new ArrayList<>();
            arguments(owner, column, ']', items);
            return new ListArgument(column, items);
        }
        if (c == '"' || c == '\'') {
            return new StringArgument(column, in.string());
        }
        if (in.atNumberStart()) {
            return new NumberArgument(column, in.number());
        }
        if (in.atNameStart()) {
            return named(owner, column, inList);
        }
        if (c == ',') {
            throw in.fail(column, "missing value before ','");
        }
        if (c == ']' || c == ')') {
            throw in.fail(column, "unbalanced '" + c + "'; remove it");
        }
        throw in.fail(column, "unexpected " + in.describeHere() + "; arguments are numbers, quoted strings, True or False");
    }

    private ExpressionArgument named(String owner, int column, boolean inList) {
        String name = in.name();
        switch (name) {
            case "True", "true" -> {
                return new BooleanArgument(column, true);
            }
            case "False", "false" -> {
                return new BooleanArgument(column, false);
            }
            case "None", "null" -> throw in.fail(column, name + " is not a value; use a number, a quoted string or True/False");
            default -> {
                // fall through to the checks below
            }
        }
        in.skipSpace();
        if (name.equals("range") && !in.atEnd() && in.peek() == '(') {
            if (inList) {
                throw in.fail(column, "range(…) cannot be inside a list; write choice(range(1, 5))");
            }
            return range(column);
        }
        if (!in.atEnd() && in.peek() == '(') {
            throw in.fail(column, ExpressionKind.named(name) != null
                    ? "expressions cannot be nested: " + name + "(…) cannot be an argument of " + owner + "(…)"
                    : "unknown function '" + name + "' inside " + owner + "(…)");
        }
        if (!in.atEnd() && in.peek() == '=') {
            ExpressionKind kind = ExpressionKind.named(owner);
            throw in.fail(column, "keyword arguments are not supported; give the values in order, e.g. "
                    + (kind == null ? "uniform(0.05, 0.1)" : kind.example()));
        }
        throw in.fail(column, "unknown name '" + name + "'; strings need quotes, e.g. \"" + name + "\"");
    }

    private RangeArgument range(int column) {
        int open = in.position();
        in.take('(');
        List<ExpressionArgument> arguments = new ArrayList<>();
        arguments("range", open, ')', arguments);
        long[] numbers = new long[arguments.size()];
        for (int i = 0; i < numbers.length; i++) {
            ExpressionArgument argument = arguments.get(i);
            if (!(argument instanceof NumberArgument number) || number.literal().integer() == null) {
                throw in.fail(argument.column(), "range arguments must be integers, got " + argument.describe());
            }
            numbers[i] = number.literal().integer();
        }
        if (numbers.length < 1 || numbers.length > 3) {
            throw in.fail(column, "range takes 1 to 3 integers (start, stop[, step]), got " + numbers.length
                    + ", e.g. range(1, 5) for 1, 2, 3, 4");
        }
        return new RangeArgument(column, ExpressionBuilder.rangeValues(numbers, column));
    }
}
