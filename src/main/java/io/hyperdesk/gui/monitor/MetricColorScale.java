package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.run.Goal;
import java.util.Collection;

/**
 * The colour of a primary-metric value, the same in every chart: the worst score is orange, the
 * best dark blue (a plasma-like scale, cut before its pale end so every line shows on white).
 * Runs without a score are grey. Immutable.
 */
public final class MetricColorScale {

    /** Plasma-like stops, from the worst score to the best. */
    private static final int[] STOPS = {0xfca636, 0xe16462, 0xb12a90, 0x6a00a8, 0x0d0887};
    private static final int NO_SCORE = 0xb0b0b0;

    private final double low;
    private final double high;
    private final Goal goal;

    public MetricColorScale(double low, double high, Goal goal) {
        this.low = low;
        this.high = high;
        this.goal = goal;
    }

    /** A scale over the finite scores of {@code rows}. */
    public static MetricColorScale of(Collection<RunRow> rows, Goal goal) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (RunRow row : rows) {
            double score = row.score();
            if (Double.isFinite(score)) {
                min = Math.min(min, score);
                max = Math.max(max, score);
            }
        }
        if (min > max) {
            return new MetricColorScale(0, 1, goal);
        }
        return new MetricColorScale(min, max, goal);
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public Goal goal() {
        return goal;
    }

    /** 0 for the worst value of the scale, 1 for the best; NaN for a value that is not finite. */
    public double fraction(double value) {
        if (!Double.isFinite(value)) {
            return Double.NaN;
        }
        double t = high > low ? (value - low) / (high - low) : 1;
        t = Math.max(0, Math.min(1, t));
        return goal == Goal.MAXIMIZE ? t : 1 - t;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb(double value) {
        double t = fraction(value);
        if (Double.isNaN(t)) {
            return NO_SCORE;
        }
        return rgbAt(t);
    }

    /** The colour at fraction {@code t} (0 worst .. 1 best) of the scale. */
    public static int rgbAt(double t) {
        double position = t * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(position));
        double f = position - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
        int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
        return (r << 16) | (g << 8) | bl;
    }

    public javafx.scene.paint.Color fx(double value, double opacity) {
        int rgb = rgb(value);
        return javafx.scene.paint.Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, opacity);
    }

    public java.awt.Color awt(double value, int alpha) {
        int rgb = rgb(value);
        return new java.awt.Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }
}
