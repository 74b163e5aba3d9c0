package io.hyperdesk.gui.monitor.parallel;

import java.util.function.IntPredicate;

/**
 * Traces the runs' polylines across the axes onto any pen — a Java2D path for the background
 * image, a Canvas for the lines drawn on the UI thread — so both draw exactly the same lines. A run
 * without a value on an axis (NaN position) breaks its line there.
 */
final class ParallelPolylines {

    /** One pen stroke to a point: {@code moveTo} or {@code lineTo} of a {@code Path2D} or a {@code GraphicsContext}. */
    @FunctionalInterface
    interface Stroke {
        void to(double x, double y);
    }

    private ParallelPolylines() {
    }

    /** Traces every run passing {@code which}; returns false when nothing was traced. */
    static boolean trace(ParallelLayout layout, double[] axisX, ParallelGeometry geometry, IntPredicate which, Stroke moveTo,
                         Stroke lineTo) {
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
                    lineTo.to(axisX[a], y);
                } else {
                    moveTo.to(axisX[a], y);
                    penDown = true;
                }
                any = true;
            }
        }
        return any;
    }
}
