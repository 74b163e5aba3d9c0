package io.hyperdesk.engine.run;

import java.util.Locale;

/** Whether the primary metric is to be maximized or minimized (SPEC M1). */
public enum Goal {
    MAXIMIZE,
    MINIMIZE;

    /**
     * Parses {@code maximize} or {@code minimize}, case-insensitive (SPEC M1).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Goal parse(String text) {
        String lower = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "maximize" -> MAXIMIZE;
            case "minimize" -> MINIMIZE;
            default -> throw new IllegalArgumentException(
                    "'" + text + "' is not a goal; use \"maximize\" or \"minimize\"");
        };
    }

    /** The lower-case name used in sweep.json and exports. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * True when {@code a} is strictly better than {@code b}. A non-finite value ranks worst
     * (SPEC M5): any finite value is better than NaN or ±Infinity, and two non-finite values tie.
     */
    public boolean isBetter(double a, double b) {
        boolean aFinite = Double.isFinite(a);
        boolean bFinite = Double.isFinite(b);
        if (!aFinite || !bFinite) {
            return aFinite && !bFinite;
        }
        return this == MAXIMIZE ? a > b : a < b;
    }

    /** The better of two values by {@link #isBetter}; {@code a} on a tie. */
    public double better(double a, double b) {
        return isBetter(b, a) ? b : a;
    }

    /** The worst possible value for this goal, below every finite value. */
    public double worst() {
        return Double.NaN;
    }
}
