package io.hyperdesk.engine.space;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an expression record against SPEC E1–E12, for records the parser did not build (the GUI's
 * forms build them directly) and for the parser itself, so both report the same words (SPEC E13).
 *
 * <p>Pure and thread-safe. Records accept any numbers; this is where "valid when" is decided.
 */
public final class ExpressionValidator {

    private ExpressionValidator() {
    }

    /**
     * Every problem of {@code expression}, each saying what is wrong and how to fix it, e.g.
     * {@code low must be below high; bounds are natural logs, e.g. loguniform(-9.2, -2.3) for
     * 1e-4..0.1}. Empty when the expression is valid.
     */
    public static List<String> problems(ParameterExpression expression) {
        List<String> texts = new ArrayList<>();
        for (Problem problem : check(expression)) {
            texts.add(problem.text());
        }
        return texts;
    }

    /** True when {@link #problems} is empty. */
    public static boolean isValid(ParameterExpression expression) {
        return check(expression).isEmpty();
    }

    /**
     * A problem and the argument it is about: an index into the kind's arguments (for a choice,
     * into its values), or -1 for the whole expression.
     */
    record Problem(int argument, String text) {
    }

    static List<Problem> check(ParameterExpression expression) {
        List<Problem> problems = new ArrayList<>();
        ExpressionKind kind = ExpressionKind.of(expression);
        if (expression instanceof Choice choice) {
            checkChoice(choice, problems);
        } else if (expression instanceof RandInt randInt) {
            if (randInt.upper() <= 0) {
                problems.add(new Problem(0, "upper must be above 0, got " + randInt.upper() + ", e.g. " + kind.example()));
            }
        } else if (expression instanceof Uniform e) {
            checkBounds(kind, e.low(), e.high(), problems);
        } else if (expression instanceof LogUniform e) {
            checkBounds(kind, e.low(), e.high(), problems);
        } else if (expression instanceof QUniform e) {
            checkBounds(kind, e.low(), e.high(), problems);
            checkQ(kind, e.q(), problems);
        } else if (expression instanceof QLogUniform e) {
            checkBounds(kind, e.low(), e.high(), problems);
            checkQ(kind, e.q(), problems);
        } else if (expression instanceof Normal e) {
            checkSpread(kind, e.mu(), e.sigma(), problems);
        } else if (expression instanceof LogNormal e) {
            checkSpread(kind, e.mu(), e.sigma(), problems);
        } else if (expression instanceof QNormal e) {
            checkSpread(kind, e.mu(), e.sigma(), problems);
            checkQ(kind, e.q(), problems);
        } else if (expression instanceof QLogNormal e) {
            checkSpread(kind, e.mu(), e.sigma(), problems);
            checkQ(kind, e.q(), problems);
        }
        return problems;
    }

    private static void checkBounds(ExpressionKind kind, double low, double high, List<Problem> problems) {
        String logs = kind.logBounds() ? "; bounds are natural logs" : "";
        boolean finite = true;
        if (!Double.isFinite(low)) {
            problems.add(new Problem(0, "low must be a finite number, got " + NumberText.compact(low) + ", e.g. " + kind.example()));
            finite = false;
        }
        if (!Double.isFinite(high)) {
            problems.add(new Problem(1, "high must be a finite number, got " + NumberText.compact(high) + ", e.g. " + kind.example()));
            finite = false;
        }
        if (finite && !(low < high)) {
            problems.add(new Problem(0, "low must be below high" + logs + ", e.g. " + kind.example()));
        }
        if (finite && kind.logBounds() && Double.isInfinite(Math.exp(high))) {
            problems.add(new Problem(1, "high must be at most 709 (exp(high) is too large for a number)"
                    + logs + ", e.g. " + kind.example()));
        }
    }

    private static void checkSpread(ExpressionKind kind, double mu, double sigma, List<Problem> problems) {
        if (!Double.isFinite(mu)) {
            problems.add(new Problem(0, "mu must be a finite number, got " + NumberText.compact(mu) + ", e.g. " + kind.example()));
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            problems.add(new Problem(1, "sigma must be above 0 and finite, got " + NumberText.compact(sigma)
                    + "; it is the standard deviation" + (kind == ExpressionKind.LOGNORMAL || kind == ExpressionKind.QLOGNORMAL
                    ? " of the log" : "") + ", e.g. " + kind.example()));
        }
    }

    private static void checkQ(ExpressionKind kind, double q, List<Problem> problems) {
        if (!(q > 0) || !Double.isFinite(q)) {
            problems.add(new Problem(2, "q must be above 0 and finite, got " + NumberText.compact(q)
                    + "; values are rounded to multiples of q, e.g. " + kind.example()));
        }
    }

    private static void checkChoice(Choice choice, List<Problem> problems) {
        List<Object> values = choice.values();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (!(value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean)) {
                problems.add(new Problem(i, "choice values must be numbers, strings or booleans (Long, Double, String, "
                        + "Boolean); value " + i + " is a " + (value == null ? "null" : value.getClass().getSimpleName())));
                continue;
            }
            if (value instanceof Double number && !Double.isFinite(number)) {
                problems.add(new Problem(i, "choice value " + NumberText.shortest(number) + " is not a finite number"));
                continue;
            }
            if (!seen.add(identity(value))) {
                problems.add(new Problem(i, "value " + ExpressionText.value(value) + " appears twice in the choice; "
                        + "list each value once"));
            }
        }
        if (choice.form() == Choice.Form.RANGE && problems.isEmpty() && ExpressionText.range(values) == null) {
            problems.add(new Problem(-1, "a range choice must hold integers in equal steps, like range(0, 10, 2); "
                    + "use a list for other values"));
        }
    }

    /** What makes two choice values the same: numbers of equal value ({@code 1} and {@code 1.0}) count as one, as in Python. */
    private static Object identity(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 0x1p62) {
            return number.longValue();
        }
        return value;
    }
}
