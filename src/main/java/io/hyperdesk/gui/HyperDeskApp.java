package io.hyperdesk.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application: its main window. */
public class HyperDeskApp extends Application {

    public static final String TITLE = "HyperDesk";

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Open a project folder to design a sweep."));
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
    }

    /** Opens the app and returns when its last window closed. */
    public static void launchApp(String[] args) {
        Application.launch(HyperDeskApp.class, args);
    }

    public static void main(String[] args) {
        launchApp(args);
    }
}
