package io.hyperdesk.gui.monitor.parallel;

import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.LatestWins;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/**
 * The chart's lines image: asks {@link ParallelLinesImage} for a new one in the background when
 * what it shows changed (latest wins), and keeps the newest finished one for painting. UI thread.
 */
final class ParallelLinesLayer {

    private final LatestWins<BufferedImage> lines;
    private Request last;
    private WritableImage image;
    private volatile long lastNanos;

    /** What a lines image is drawn from; an equal request needs no new image. */
    record Request(ParallelLayout layout, boolean[] visible, double[] xs, ParallelGeometry geometry, boolean antialias) {
        boolean sameAs(Request other) {
            return other != null && other.layout == layout && other.antialias == antialias
                    && Arrays.equals(other.visible, visible) && Arrays.equals(other.xs, xs)
                    && other.geometry.equals(geometry);
        }
    }

    ParallelLinesLayer(BackgroundExecutor background, UiExecutor ui) {
        lines = new LatestWins<>(background, ui);
    }

    /** Draws new lines for {@code request} unless the last request was the same; {@code ready} repaints. */
    void request(Request request, Runnable ready) {
        if (request.sameAs(last)) {
            return;
        }
        last = request;
        long requested = System.nanoTime();
        lines.submit(() -> ParallelLinesImage.render(request.layout(), request.visible(), request.xs(),
                request.geometry(), request.antialias()), drawn -> {
                    image = SwingFXUtils.toFXImage(drawn, reusable(drawn));
                    ready.run();
                    lastNanos = System.nanoTime() - requested;
                });
    }

    private WritableImage reusable(BufferedImage drawn) {
        return image != null && (int) image.getWidth() == drawn.getWidth() && (int) image.getHeight() == drawn.getHeight()
                ? image : null;
    }

    /** The newest finished lines image, or null before the first. */
    Image image() {
        return image;
    }

    /** From the last request until its lines were painted, in nanoseconds. */
    long lastNanos() {
        return lastNanos;
    }
}
