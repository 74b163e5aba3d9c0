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
        Application.launch(HyperDeskApp.class, args);
    }

    public static void main(String[] args) {
        launchApp(args);
    }
}
