package io.hyperdesk.gui.monitor.plot;

import io.hyperdesk.engine.run.MetricSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The metric plot's run lines drawn off the UI thread into an image the size of the plot's data
 * area, for sweeps too big to stroke as vectors on every redraw (1,000 runs × 200 intervals would
 * hold the UI thread for half a second per batch). The chart shows the image as its plot
 * background, with its axes fixed to the same {@link Frame}, and draws only the best and the
 * selected run as vectors on top. Everything here is immutable or thread-confined.
 */
final class RunLinesImage {

    private RunLinesImage() {
    }

    /** One line to draw: its values, colour (ARGB) and whether it is dashed (a canceled run). */
    record Line(MetricSeries series, int argb, boolean dashed) {
    }

    /** The data ranges the image spans; the chart's axes are set to the same. */
    record Frame(double xLow, double xHigh, double yLow, double yHigh, boolean log) {

        /** Ranges around every finite value (positive only on a log axis), with a small margin. */
        static Frame of(List<Line> lines, boolean log) {
            int longest = 1;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Line line : lines) {
                longest = Math.max(longest, line.series().intervals());
                for (double v : line.series().toArray()) {
                    if (Double.isFinite(v) && (!log || v > 0)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            if (min > max) {
                min = log ? 0.1 : 0;
                max = 1;
            }
            if (log) {
                double low = Math.log10(min);
                double high = Math.log10(max);
                double margin = Math.max(0.02, (high - low) * 0.04);
                return new Frame(1, Math.max(2, longest), Math.pow(10, low - margin), Math.pow(10, high + margin), true);
            }
            double margin = max > min ? (max - min) * 0.04 : Math.max(1e-9, Math.abs(max) * 0.05);
            return new Frame(1, Math.max(2, longest), min - margin, max + margin, false);
        }

        double x(double interval, int width) {
            return (interval - xLow) / (xHigh - xLow) * width;
        }

        double y(double value, int height) {
            double t = log ? (Math.log10(value) - Math.log10(yLow)) / (Math.log10(yHigh) - Math.log10(yLow))
                    : (value - yLow) / (yHigh - yLow);
            return (1 - t) * height;
        }
    }

    /** Draws every line, in order, into a new transparent image of {@code width} × {@code height}. */
    static BufferedImage render(List<Line> lines, Frame frame, int width, int height) {
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            BasicStroke solid = (BasicStroke) RunLineRenderer.NORMAL_STROKE;
            BasicStroke dashed = (BasicStroke) RunLineRenderer.CANCELED_STROKE;
            for (Line line : lines) {
                g.setStroke(line.dashed() ? dashed : solid);
                g.setColor(new Color(line.argb(), true));
                g.draw(path(line.series(), frame, width, height));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A run's polyline; long series are thinned to about two points per pixel column; gaps at non-finite values. */
    private static Path2D path(MetricSeries series, Frame frame, int width, int height) {
        double[] values = series.toArray();
        int[] shown = values.length > 2 * width ? RunSeriesDataset.thin(values, Math.max(1, width)) : null;
        int count = shown == null ? values.length : shown.length;
        Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, count);
        boolean penDown = false;
        for (int i = 0; i < count; i++) {
            int index = shown == null ? i : shown[i];
            double v = values[index];
            if (!Double.isFinite(v) || (frame.log() && v <= 0)) {
                penDown = false;
                continue;
            }
            double x = frame.x(index + 1, width);
            double y = frame.y(v, height);
            if (penDown) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                penDown = true;
            }
        }
        return path;
    }
}
