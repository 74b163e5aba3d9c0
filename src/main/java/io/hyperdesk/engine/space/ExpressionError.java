package io.hyperdesk.engine.space;

import java.util.Objects;

/**
 * Why an expression text was refused (SPEC E13): the parameter, the text as written, where the
 * problem is and what to do about it.
 *
 * @param parameter the parameter's name, e.g. {@code learning_rate}
 * @param text      the expression text exactly as given
 * @param column    0-based position in {@code text} of the problem, -1 when it is about the whole text
 * @param problem   what is wrong and how to fix it, e.g. {@code low must be below high; bounds are
 *                  natural logs, e.g. loguniform(-9.2, -2.3) for 1e-4..0.1}
 */
public record ExpressionError(String parameter, String text, int column, String problem) {

    public ExpressionError {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code <text>: <problem>}, for a message already shown beside the parameter's name. */
    public String message() {
        return text + ": " + problem;
    }

    /**
     * The text with a caret under the problem on a second line, for a monospaced display; just the
     * text when there is no column.
     */
    public String pointer() {
        if (column < 0) {
            return text;
        }
        return text + "\n" + " ".repeat(Math.min(column, text.length())) + "^";
    }

    /** {@code <parameter>: <text>: <problem>} (SPEC E13). */
    @Override
    public String toString() {
        return parameter + ": " + message();
    }
}
