package io.hyperdesk.engine.space;

import io.hyperdesk.engine.space.ExpressionArgument.BooleanArgument;
import io.hyperdesk.engine.space.ExpressionArgument.ListArgument;
import io.hyperdesk.engine.space.ExpressionArgument.NumberArgument;
import io.hyperdesk.engine.space.ExpressionArgument.RangeArgument;
import io.hyperdesk.engine.space.ExpressionArgument.StringArgument;
import io.hyperdesk.engine.space.ExpressionScanner.Failure;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns parsed arguments into an expression record: checks the argument count and types, builds
 * the record, and runs {@link ExpressionValidator} on it, pointing each problem at its argument.
 */
final class ExpressionBuilder {

    private ExpressionBuilder() {
    }

    static ParameterExpression build(ExpressionKind kind, int nameColumn, List<ExpressionArgument> arguments, int close) {
        if (kind == ExpressionKind.CHOICE) {
            return choice(nameColumn, arguments, close);
        }
        List<String> names = kind.arguments();
        if (arguments.size() != names.size()) {
            int column = arguments.size() > names.size() ? arguments.get(names.size()).column() : close;
            throw new Failure(column, kind.text() + " takes " + names.size() + (names.size() == 1 ? " argument (" : " arguments (")
                    + String.join(", ", names) + "), got " + arguments.size() + ", e.g. " + kind.example());
        }
        double[] values = new double[names.size()];
        for (int i = 0; i < values.length; i++) {
            ExpressionArgument argument = arguments.get(i);
            if (!(argument instanceof NumberArgument number)) {
                throw new Failure(argument.column(), names.get(i) + " must be a number, got " + argument.describe()
                        + ", e.g. " + kind.example());
            }
            values[i] = number.literal().value();
        }
        ParameterExpression expression = record(kind, values, arguments);
        List<ExpressionValidator.Problem> problems = ExpressionValidator.check(expression);
        if (!problems.isEmpty()) {
            ExpressionValidator.Problem first = problems.get(0);
            int column = first.argument() >= 0 ? arguments.get(first.argument()).column() : nameColumn;
            throw new Failure(column, first.text());
        }
        return expression;
    }

    private static ParameterExpression record(ExpressionKind kind, double[] v, List<ExpressionArgument> arguments) {
        switch (kind) {
            case RANDINT:
                Long written = ((NumberArgument) arguments.get(0)).literal().integer();
                if (written != null) {
                    return new RandInt(written);
                }
                if (v[0] != Math.rint(v[0]) || Math.abs(v[0]) >= 0x1p63) {
                    throw new Failure(arguments.get(0).column(), "upper must be an integer, got "
                            + arguments.get(0).describe() + ", e.g. " + kind.example());
                }
                return new RandInt((long) v[0]);
            case UNIFORM:
                return new Uniform(v[0], v[1]);
            case LOGUNIFORM:
                return new LogUniform(v[0], v[1]);
            case NORMAL:
                return new Normal(v[0], v[1]);
            case LOGNORMAL:
                return new LogNormal(v[0], v[1]);
            case QUNIFORM:
                return new QUniform(v[0], v[1], v[2]);
            case QLOGUNIFORM:
                return new QLogUniform(v[0], v[1], v[2]);
            case QNORMAL:
                return new QNormal(v[0], v[1], v[2]);
            case QLOGNORMAL:
                return new QLogNormal(v[0], v[1], v[2]);
            default:
                throw new IllegalStateException(kind.text());
        }
    }

    private static Choice choice(int nameColumn, List<ExpressionArgument> arguments, int close) {
        if (arguments.isEmpty()) {
            throw new Failure(close, "choice needs at least one value, e.g. " + ExpressionKind.CHOICE.example());
        }
        for (int i = 0; i < arguments.size(); i++) {
            ExpressionArgument argument = arguments.get(i);
            if (arguments.size() > 1 && (argument instanceof ListArgument || argument instanceof RangeArgument)) {
                throw new Failure(argument.column(), (argument instanceof ListArgument ? "a list" : "range(…)")
                        + " must be choice's only argument: write choice([16, 32, 64]), choice(16, 32, 64) "
                        + "or choice(range(1, 5))");
            }
        }
        List<ExpressionArgument> items = arguments;
        Choice.Form form = Choice.Form.ARGUMENTS;
        List<Object> values = new ArrayList<>();
        ExpressionArgument only = arguments.get(0);
        if (only instanceof RangeArgument range) {
            form = Choice.Form.RANGE;
            values.addAll(range.values());
        } else {
            if (only instanceof ListArgument list) {
                form = Choice.Form.LIST;
                items = list.items();
                if (items.isEmpty()) {
                    throw new Failure(only.column(), "choice needs at least one value; the list is empty, e.g. choice([16, 32, 64])");
                }
            }
            for (ExpressionArgument item : items) {
                values.add(scalar(item));
            }
        }
        Choice choice = new Choice(values, form);
        List<ExpressionValidator.Problem> problems = ExpressionValidator.check(choice);
        if (!problems.isEmpty()) {
            ExpressionValidator.Problem first = problems.get(0);
            int column = form == Choice.Form.RANGE || first.argument() < 0 ? only.column() : items.get(first.argument()).column();
            throw new Failure(column, first.text());
        }
        return choice;
    }

    private static Object scalar(ExpressionArgument argument) {
        if (argument instanceof NumberArgument number) {
            return number.value();
        }
        if (argument instanceof StringArgument string) {
            return string.value();
        }
        if (argument instanceof BooleanArgument flag) {
            return flag.value();
        }
        throw new Failure(argument.column(), "choice values are numbers, strings or booleans, got " + argument.describe());
    }

    /** The values of Python's {@code range(stop)}, {@code range(start, stop)} or {@code range(start, stop, step)}. */
    static List<Object> rangeValues(long[] numbers, int column) {
        long start = numbers.length == 1 ? 0 : numbers[0];
        long stop = numbers.length == 1 ? numbers[0] : numbers[1];
        long step = numbers.length == 3 ? numbers[2] : 1;
        String written = "range(" + (numbers.length == 1 ? "" : start + ", ") + stop + (numbers.length == 3 ? ", " + step : "") + ")";
        if (step == 0) {
            throw new Failure(column, "range step must not be 0, e.g. range(0, 10, 2) for 0, 2, 4, 6, 8");
        }
        BigInteger span = BigInteger.valueOf(stop).subtract(BigInteger.valueOf(start));
        BigInteger stepBig = BigInteger.valueOf(step);
        BigInteger count = span.signum() == 0 || span.signum() != stepBig.signum()
                ? BigInteger.ZERO
                : span.abs().add(stepBig.abs()).subtract(BigInteger.ONE).divide(stepBig.abs());
        if (count.signum() == 0) {
            throw new Failure(column, written + " is empty; " + (step > 0
                    ? "start must be below stop, e.g. range(1, 5) for 1, 2, 3, 4"
                    : "with a negative step start must be above stop, e.g. range(5, 0, -1) for 5, 4, 3, 2, 1"));
        }
        if (count.compareTo(BigInteger.valueOf(ExpressionParser.MAX_RANGE_VALUES)) > 0) {
            throw new Failure(column, written + " has " + count + " values; a choice holds at most "
                    + ExpressionParser.MAX_RANGE_VALUES + ", use randint or quniform for a wide integer range");
        }
        List<Object> values = new ArrayList<>(count.intValue());
        for (int i = 0; i < count.intValue(); i++) {
            values.add(start + step * i);
        }
        return values;
    }
}
