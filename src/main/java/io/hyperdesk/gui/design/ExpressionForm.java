package io.hyperdesk.gui.design;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.LogNormal;
import io.hyperdesk.engine.space.LogUniform;
import io.hyperdesk.engine.space.Normal;
import io.hyperdesk.engine.space.NumberText;
import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.engine.space.QLogNormal;
import io.hyperdesk.engine.space.QLogUniform;
import io.hyperdesk.engine.space.QNormal;
import io.hyperdesk.engine.space.QUniform;
import io.hyperdesk.engine.space.RandInt;
import io.hyperdesk.engine.space.Uniform;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The two directions between the parameter form (a kind and its argument fields) and expression
 * text: the form's fields written as HyperDrive syntax (with where each field landed, so a parser
 * error can be pointed at its field), and an expression's arguments as field texts. Pure.
 */
final class ExpressionForm {

    private ExpressionForm() {
    }

    /**
     * The text the form stands for, or a problem of a natural-units field (which has no text form).
     *
     * @param starts for each argument field, where its text starts in {@code text}
     * @param ends   where it ends (exclusive)
     */
    record Built(String text, int[] starts, int[] ends, int problemArgument, String problem) {

        boolean hasProblem() {
            return problem != null;
        }

        /** The field whose text covers {@code column}, or -1. */
        int argumentAt(int column) {
            for (int i = 0; i < starts.length; i++) {
                if (column >= starts[i] && column <= ends[i]) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Writes the form as an expression.
     *
     * @param natural whether the kind's natural-unit fields hold e^value
     * @param exact   the last valid expression of this kind, or null: a natural-units field whose
     *                text still shows one of its arguments keeps that argument exactly
     */
    static Built build(ParameterKind kind, List<String> fields, boolean natural, ParameterExpression exact) {
        int count = kind.arguments().size();
        int[] starts = new int[count];
        int[] ends = new int[count];
        StringBuilder text = new StringBuilder(kind.text()).append('(');
        double[] exactNumbers = exact != null && ParameterKind.of(exact) == kind ? numbers(exact) : null;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(", ");
            }
            String field = fields.get(i).trim();
            if (natural && i < kind.naturalArguments()) {
                OptionalDouble value = NaturalNumbers.parse(field);
                if (value.isPresent() && !(value.getAsDouble() > 0)) {
                    return new Built(null, starts, ends, i, kind.label(i, true) + " must be above 0 in natural units, got "
                            + field + "; turn natural units off to give the natural log instead");
                }
                if (exactNumbers != null && NaturalNumbers.field(Math.exp(exactNumbers[i])).equals(field)) {
                    field = NumberText.compact(exactNumbers[i]);
                } else if (value.isPresent()) {
                    field = NumberText.compact(Math.log(value.getAsDouble()));
                }
            }
            starts[i] = text.length();
            text.append(field);
            ends[i] = text.length();
        }
        return new Built(text.append(')').toString(), starts, ends, -1, null);
    }

    /** The argument fields showing {@code expression}; unused fields are empty. */
    static List<String> fields(ParameterExpression expression, boolean natural) {
        ParameterKind kind = ParameterKind.of(expression);
        List<String> fields = new ArrayList<>(List.of("", "", ""));
        if (expression instanceof Choice) {
            String text = expression.toText();
            fields.set(0, text.substring("choice(".length(), text.length() - 1));
            return fields;
        }
        if (expression instanceof RandInt randInt) {
            fields.set(0, Long.toString(randInt.upper()));
            return fields;
        }
        double[] numbers = numbers(expression);
        for (int i = 0; i < numbers.length; i++) {
            fields.set(i, natural && i < kind.naturalArguments()
                    ? NaturalNumbers.field(Math.exp(numbers[i]))
                    : NumberText.compact(numbers[i]));
        }
        return fields;
    }

    /** The numeric arguments of a non-choice expression, in the order they are written. */
    static double[] numbers(ParameterExpression e) {
        if (e instanceof RandInt x) {
            return new double[] {x.upper()};
        }
        if (e instanceof Uniform x) {
            return new double[] {x.low(), x.high()};
        }
        if (e instanceof LogUniform x) {
            return new double[] {x.low(), x.high()};
        }
        if (e instanceof Normal x) {
            return new double[] {x.mu(), x.sigma()};
        }
        if (e instanceof LogNormal x) {
            return new double[] {x.mu(), x.sigma()};
        }
        if (e instanceof QUniform x) {
            return new double[] {x.low(), x.high(), x.q()};
        }
        if (e instanceof QLogUniform x) {
            return new double[] {x.low(), x.high(), x.q()};
        }
        if (e instanceof QNormal x) {
            return new double[] {x.mu(), x.sigma(), x.q()};
        }
        if (e instanceof QLogNormal x) {
            return new double[] {x.mu(), x.sigma(), x.q()};
        }
        return new double[0];
    }

    /**
     * The fields a parameter switched from {@code from} to {@code to} starts with: the new kind's
     * defaults, keeping fields of the same name and scale (uniform's bounds for quniform, mu and
     * sigma for qnormal), since that is what someone refining a kind expects. Defaults of
     * natural-units fields are converted when {@code natural} is on.
     */
    static List<String> switchFields(ParameterKind from, List<String> fields, ParameterKind to, boolean natural) {
        List<String> result = new ArrayList<>(List.of("", "", ""));
        for (int i = 0; i < to.defaults().size(); i++) {
            String value = to.defaults().get(i);
            result.set(i, natural && i < to.naturalArguments()
                    ? NaturalNumbers.field(Math.exp(Double.parseDouble(value))) : value);
        }
        if (from == null || from == ParameterKind.CHOICE || to == ParameterKind.CHOICE
                || from.isLogarithmic() != to.isLogarithmic()) {
            return result;
        }
        for (int i = 0; i < to.arguments().size() && i < from.arguments().size(); i++) {
            if (from.arguments().get(i).equals(to.arguments().get(i)) && !fields.get(i).isBlank()) {
                result.set(i, fields.get(i));
            }
        }
        return result;
    }
}
