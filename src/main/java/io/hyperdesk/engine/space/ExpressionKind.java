package io.hyperdesk.engine.space;

import java.util.List;
import java.util.Locale;

/**
 * The ten expression names with their argument names and a worked example, so the parser and the
 * validator word their messages the same way (SPEC E13).
 */
enum ExpressionKind {
    CHOICE("choice", List.of(), "choice(16, 32, 64)"),
    RANDINT("randint", List.of("upper"), "randint(10) for 0..9"),
    UNIFORM("uniform", List.of("low", "high"), "uniform(0.05, 0.1)"),
    LOGUNIFORM("loguniform", List.of("low", "high"), "loguniform(-9.2, -2.3) for 1e-4..0.1"),
    NORMAL("normal", List.of("mu", "sigma"), "normal(0, 1)"),
    LOGNORMAL("lognormal", List.of("mu", "sigma"), "lognormal(0, 1)"),
    QUNIFORM("quniform", List.of("low", "high", "q"), "quniform(1, 10, 1)"),
    QLOGUNIFORM("qloguniform", List.of("low", "high", "q"), "qloguniform(0, 4.6, 1) for 1..100"),
    QNORMAL("qnormal", List.of("mu", "sigma", "q"), "qnormal(0, 1, 0.5)"),
    QLOGNORMAL("qlognormal", List.of("mu", "sigma", "q"), "qlognormal(0, 1, 1)");

    private final String text;
    private final List<String> arguments;
    private final String example;

    ExpressionKind(String text, List<String> arguments, String example) {
        this.text = text;
        this.arguments = arguments;
        this.example = example;
    }

    /** The name as written, e.g. {@code loguniform}. */
    String text() {
        return text;
    }

    /** Argument names in order; empty for choice, which takes any number of values. */
    List<String> arguments() {
        return arguments;
    }

    /** A valid example, e.g. {@code loguniform(-9.2, -2.3) for 1e-4..0.1}. */
    String example() {
        return example;
    }

    /** True for the kinds whose bounds are natural logs (SPEC E4, E8). */
    boolean logBounds() {
        return this == LOGUNIFORM || this == QLOGUNIFORM;
    }

    /** The kind written {@code name} exactly, or null. */
    static ExpressionKind named(String name) {
        for (ExpressionKind kind : values()) {
            if (kind.text.equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind of an expression record. */
    static ExpressionKind of(ParameterExpression expression) {
        return named(expression.kind());
    }

    /**
     * The kind whose name is nearest to a misspelt {@code name} (case-insensitive edit distance
     * with transpositions, at most a third of the name's length, at least 2), or null.
     */
    static ExpressionKind nearest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        ExpressionKind best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ExpressionKind kind : values()) {
            int distance = distance(lower, kind.text);
            if (distance < bestDistance) {
                best = kind;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, lower.length() / 3) ? best : null;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The ten names, comma-separated, for messages. */
    static String allNames() {
        StringBuilder names = new StringBuilder();
        for (ExpressionKind kind : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(kind.text);
        }
        return names.toString();
    }
}
