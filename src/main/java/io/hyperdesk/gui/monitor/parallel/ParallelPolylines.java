package io.hyperdesk.gui.monitor.parallel;

import java.util.function.IntPredicate;

/**
 * Traces the runs' polylines across the axes onto any pen — a Java2D path for the background
 * image, a Canvas for the lines drawn on the UI thread — so both draw exactly the same lines. A run
 * without a value on an axis (NaN position) breaks its line there.
 */
final class ParallelPolylines {

    /** Where the lines go: {@code Path2D} and {@code GraphicsContext} both fit. */
    interface Pen {
        void moveTo(double x, double y);

        void lineTo(double x, double y);
    }

    private ParallelPolylines() {
    }

    /** Traces every run passing {@code which}; returns false when nothing was traced. */
    static boolean trace(ParallelLayout layout, double[] axisX, ParallelGeometry geometry, IntPredicate which, Pen pen) {
        boolean any = false;
        int axes = layout.axes().size();
        for (int r = 0; r < layout.rows().size(); r++) {
            if (!which.test(r)) {
                continue;
            }
            boolean penDown = false;
            for (int a = 0; a < axes; a++) {
                float t = layout.position(r, a);
                if (Float.isNaN(t)) {
                    penDown = false;
                    continue;
                }
                double y = geometry.y(t);
                if (penDown) {
                    pen.lineTo(axisX[a], y);
                } else {
                    pen.moveTo(axisX[a], y);
                    penDown = true;
                }
                any = true;
            }
        }
        return any;
    }
}
