package io.hyperdesk.gui.monitor.table;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * Opens a folder in the desktop's file manager. {@code java.awt.Desktop} is often unavailable
 * (HyperDesk keeps {@code java.awt.headless=true} for JFreeChart), so it falls back to
 * {@code xdg-open} or {@code open}, and when none works shows the path with a button that copies it.
 */
public final class FolderOpener {

    private FolderOpener() {
    }

    /** Starts opening {@code folder}; returns at once. UI thread. */
    public static void open(Window owner, Path folder) {
        if (!Files.isDirectory(folder)) {
            showPath(owner, folder, "The folder does not exist yet (the run has not written outputs).");
            return;
        }
        Thread opener = new Thread(() -> {
            if (!tryOpen(folder)) {
                Platform.runLater(() -> showPath(owner, folder, "No file manager could be opened here."));
            }
        }, "hyperdesk-open-folder");
        opener.setDaemon(true);
        opener.start();
    }

    private static boolean tryOpen(Path folder) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // Fall through to the platform's command.
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String command = os.contains("mac") ? "open" : os.contains("win") ? "explorer" : "xdg-open";
        try {
            Process process = new ProcessBuilder(command, folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return !process.waitFor(3, TimeUnit.SECONDS) || process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Shows the path so the user can open it by hand, with a button that copies it. */
    static void showPath(Window owner, Path folder, String why) {
        ButtonType copy = new ButtonType("Copy path", ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, why + "\n\n" + folder, copy, ButtonType.CLOSE);
        alert.setHeaderText("Outputs folder");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.showAndWait().filter(copy::equals).ifPresent(b -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(folder.toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
