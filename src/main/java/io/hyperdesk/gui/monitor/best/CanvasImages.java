package io.hyperdesk.gui.monitor.best;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a Canvas shows as a PNG: a snapshot, converted for ImageIO. UI thread. */
public final class CanvasImages {

    private CanvasImages() {
    }

    public static void save(Canvas canvas, Path file) throws IOException {
        WritableImage image = canvas.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }
}
