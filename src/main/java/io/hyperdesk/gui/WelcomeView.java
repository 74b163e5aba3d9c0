package io.hyperdesk.gui;

import io.hyperdesk.gui.common.Glyph;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What the window shows before a project is open: open, new, recent projects, and the drop hint. */
final class WelcomeView extends VBox {

    private final VBox recent = new VBox(2);

    WelcomeView(MainViewModel main, Runnable open, Runnable newProject, Consumer<Path> openRecent) {
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        Label title = new Label("Design a hyperparameter sweep");
        title.getStyleClass().add("welcome-title");
        Label text = new Label("Open a project folder: your training script and its sweep.json. "
                + "A folder without sweep.json starts from an example sweep.");
        text.getStyleClass().add("hint");
        text.setWrapText(true);
        text.setMaxWidth(460);
        Button openButton = new Button("Open project…", Glyph.OPEN.node());
        openButton.setId("welcomeOpen");
        openButton.getStyleClass().add("accent-button");
        openButton.setOnAction(e -> open.run());
        Button newButton = new Button("New project…", Glyph.NEW_PROJECT.node());
        newButton.setOnAction(e -> newProject.run());
        HBox buttons = new HBox(10, openButton, newButton);
        buttons.setAlignment(Pos.CENTER);
        Label drop = new Label("or drop a folder or a sweep.json onto this window");
        drop.getStyleClass().add("hint");
        recent.setAlignment(Pos.CENTER);
        main.recentProjects().addListener((ListChangeListener<Path>) c -> fill(main, openRecent));
        fill(main, openRecent);
        getChildren().addAll(title, text, buttons, drop, recent);
    }

    private void fill(MainViewModel main, Consumer<Path> openRecent) {
        recent.getChildren().clear();
        if (main.recentProjects().isEmpty()) {
            return;
        }
        Label heading = new Label("Recent projects");
        heading.getStyleClass().add("section-title");
        recent.getChildren().add(heading);
        for (Path folder : main.recentProjects()) {
            Hyperlink link = new Hyperlink(folder.toString());
            link.setOnAction(e -> openRecent.accept(folder));
            recent.getChildren().add(link);
        }
    }
}
