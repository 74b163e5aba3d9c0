package io.hyperdesk.gui.monitor.parallel;

import io.hyperdesk.gui.monitor.MetricColorScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.function.IntPredicate;
import java.awt.image.BufferedImage;

/**
 * The runs' lines of the parallel-coordinates chart rasterised with Java2D into an image, off the
 * UI thread: one path for the filtered-out runs (faint grey), one per colour bucket of the others.
 * Stroking 1,000 polylines on the JavaFX Canvas itself costs the render thread 50–150 ms a frame
 * in the software pipeline; blitting this image costs almost nothing. Any thread; pure function.
 */
final class ParallelLinesImage {

    private ParallelLinesImage() {
    }

    /**
     * @param visible per run of the layout, whether the filters (or the brush being dragged) let it through
     * @param axisX   each axis' x on the canvas
     * @param antialias smooth lines (off for quick previews while dragging)
     */
    static BufferedImage render(ParallelLayout layout, boolean[] visible, double[] axisX, ParallelGeometry geometry,
                                boolean antialias) {
        int width = (int) Math.max(1, Math.ceil(geometry.width()));
        int height = (int) Math.max(1, Math.ceil(geometry.height()));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            // Without antialiasing while the mouse drags (several times faster); smooth when it stops.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    antialias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setStroke(new BasicStroke(1f));
            g.setColor(new Color(150, 150, 150, 41));
            g.draw(path(layout, axisX, geometry, r -> !visible[r]));
            for (int bucket = -1; bucket < ParallelLayout.BUCKETS; bucket++) {
                int b = bucket;
                int rgb = b < 0 ? 0xb0b0b0 : MetricColorScale.rgbAt((b + 0.5) / ParallelLayout.BUCKETS);
                g.setColor(new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 153));
                g.draw(path(layout, axisX, geometry, r -> visible[r] && layout.buckets()[r] == b));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** One path for every run passing {@code which}; a missing value breaks a run's line. */
    static Path2D path(ParallelLayout layout, double[] axisX, ParallelGeometry geometry, IntPredicate which) {
        Path2D.Float path = new Path2D.Float();
        ParallelPolylines.trace(layout, axisX, geometry, which, path::moveTo, path::lineTo);
        return path;
    }
}
