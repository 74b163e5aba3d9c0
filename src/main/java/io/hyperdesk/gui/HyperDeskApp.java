package io.hyperdesk.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application. Its one optional argument is a project folder or sweep.json
 * ({@code hyperdesk gui <project dir>}); without it the last project opens again.
 */
public class HyperDeskApp extends Application {

    public static final String TITLE = "HyperDesk";

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
     * when it runs from a plain class path, as it does in the jar. That is how this app is
     * shipped on purpose, so the warning is only noise in the user's terminal. Held here so the
     * logger (and its level) is not garbage-collected.
     */
    private static final java.util.logging.Logger JAVAFX_LOGGER = java.util.logging.Logger.getLogger("javafx");

    @Override
    public void start(Stage stage) {
        List<String> arguments = getParameters().getRaw();
        Optional<Path> project = arguments.isEmpty() ? Optional.empty() : Optional.of(Path.of(arguments.get(0)));
        MainWindow.show(stage, AppContext.defaults(), project);
    }

    /** Opens the app and returns when its last window closed. */
    public static void launchApp(String[] args) {
        // JFreeChart uses AWT only for fonts and colours; on a headless JDK AWT must be told so
        // (TOOLCHAIN), and a full JDK works the same way.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        JAVAFX_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(HyperDeskApp.class, args);
    }

    public static void main(String[] args) {
        launchApp(args);
    }
}
