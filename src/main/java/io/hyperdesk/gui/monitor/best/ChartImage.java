package io.hyperdesk.gui.monitor.best;

import java.io.IOException;
import java.nio.file.Path;

/** A chart that can be saved as a PNG image. UI thread. */
public interface ChartImage {

    /** A file name stem, e.g. {@code metric-plot}. */
    String imageName();

    /** Writes the chart as it is now to {@code file}. */
    void savePng(Path file) throws IOException;
}
