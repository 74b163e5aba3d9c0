package io.hyperdesk.gui.monitor;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a file. The app uses a file dialog; tests answer with a path. */
@FunctionalInterface
public interface SaveFileChooser {

    /** Empty when the user gave up. UI thread. */
    Optional<Path> choose(Window owner, String title, String suggestedName);

    /** The platform's save dialog, starting in {@code folder}. */
    static SaveFileChooser dialog(Path folder) {
        return (owner, title, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
