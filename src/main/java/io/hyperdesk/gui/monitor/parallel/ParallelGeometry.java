package io.hyperdesk.gui.monitor.parallel;

/**
 * Where the parallel-coordinates chart puts things on a canvas of a given size: the axes evenly
 * spaced between margins, position 1 at the top. Leaves room on the right for the colour legend.
 */
public record ParallelGeometry(double width, double height, int axisCount) {

    static final double LEFT = 84;
    static final double RIGHT = 150;
    static final double TOP = 54;
    static final double BOTTOM = 26;

    public double axisX(int axis) {
        if (axisCount <= 1) {
            return LEFT;
        }
        return LEFT + axis * (width - LEFT - RIGHT) / (axisCount - 1);
    }

    /** The gap between two axes. */
    public double spacing() {
        return axisCount <= 1 ? width - LEFT - RIGHT : (width - LEFT - RIGHT) / (axisCount - 1);
    }

    public double y(double position) {
        return TOP + (1 - position) * (height - TOP - BOTTOM);
    }

    /** The position (0 bottom .. 1 top) at canvas height {@code y}, clipped. */
    public double position(double y) {
        double t = 1 - (y - TOP) / (height - TOP - BOTTOM);
        return Math.max(0, Math.min(1, t));
    }

    /** The axis within {@code tolerance} pixels of {@code x}, or -1. */
    public int axisNear(double x, double tolerance) {
        for (int a = 0; a < axisCount; a++) {
            if (Math.abs(axisX(a) - x) <= tolerance) {
                return a;
            }
        }
        return -1;
    }

    public double top() {
        return TOP;
    }

    public double bottom() {
        return height - BOTTOM;
    }
}
