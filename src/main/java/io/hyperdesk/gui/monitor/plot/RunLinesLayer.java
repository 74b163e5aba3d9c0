package io.hyperdesk.gui.monitor.plot;

import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.LatestWins;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * The metric plot's layer for a big sweep's run lines: draws them with {@link RunLinesImage} in
 * the background (latest wins, converted for JavaFX there too, once per image) and shows the
 * result in an ImageView laid exactly over the chart's data area, under the transparent chart.
 * A new image starts no sooner than twice the last one's drawing time after it: on two cores the
 * drawing competes with the UI thread, and 200,000 points need not move four times a second.
 */
final class RunLinesLayer {

    /** A drawn image, for JavaFX too, and the ranges it spans. */
    record Drawn(RunLinesImage.Frame frame, BufferedImage image, Image fxImage, boolean log) {
    }

    private final ImageView view = new ImageView();
    private final LatestWins<Drawn> images;
    private BufferedImage image;
    /** When the next image may start (System.nanoTime); set by the drawing thread. */
    private volatile long nextNanos;

    RunLinesLayer(BackgroundExecutor background, UiExecutor ui) {
        images = new LatestWins<>(background, ui);
        view.setSmooth(true);
        view.setManaged(false);
    }

    ImageView node() {
        return view;
    }

    /** Draws {@code lines} at {@code width} × {@code height} in the background; {@code ready} gets it on the UI thread. */
    void draw(List<RunLinesImage.Line> lines, boolean log, int width, int height, Consumer<Drawn> ready) {
        images.submit(() -> {
            long wait = nextNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long start = System.nanoTime();
            RunLinesImage.Frame frame = RunLinesImage.Frame.of(lines, log);
            BufferedImage drawn = RunLinesImage.render(lines, frame, width, height);
            Image fxImage = SwingFXUtils.toFXImage(drawn, null);
            long took = System.nanoTime() - start;
            nextNanos = System.nanoTime() + Math.max(0, 2 * took - 250_000_000L);
            return new Drawn(frame, drawn, fxImage, log);
        }, ready);
    }

    /** Shows a drawn image. UI thread. */
    void show(Drawn drawn) {
        image = drawn.image();
        view.setImage(drawn.fxImage());
    }

    void clear() {
        image = null;
        view.setImage(null);
    }

    /** Lays the image over {@code dataArea}, or hides it when null. UI thread. */
    void place(Rectangle2D dataArea) {
        boolean show = dataArea != null && view.getImage() != null;
        view.setVisible(show);
        if (show) {
            view.relocate(dataArea.getX(), dataArea.getY());
            view.setFitWidth(dataArea.getWidth());
            view.setFitHeight(dataArea.getHeight());
        }
    }

    /** The image shown, for JavaFX; null when none. */
    Image fxImage() {
        return view.getImage();
    }

    /** The image shown, for Java2D (PNG export); null when none. */
    BufferedImage image() {
        return image;
    }
}
