package io.hyperdesk.gui;

import io.hyperdesk.gui.common.Glyph;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The toolbar: open, save, undo, redo, start and cancel, and the running sweep's progress. */
final class MainToolBar {

    private MainToolBar() {
    }

    static ToolBar create(MainViewModel main, WindowActions actions) {
        Button open = button("openProject", "Open", Glyph.OPEN, "Open a project folder (Ctrl+O)", actions::open);
        Button save = button("saveSweep", "Save", Glyph.SAVE, "Save sweep.json (Ctrl+S)", actions::save);
        save.disableProperty().bind(main.sessionProperty().isNull());
        Button undo = button("undo", null, Glyph.UNDO, "Undo (Ctrl+Z)", main.design()::undo);
        undo.disableProperty().bind(main.design().canUndoProperty().not());
        Button redo = button("redo", null, Glyph.REDO, "Redo (Ctrl+Shift+Z or Ctrl+Y)", main.design()::redo);
        redo.disableProperty().bind(main.design().canRedoProperty().not());
        Button start = button("startSweep", "Start sweep", Glyph.START, "Validate the design and run it (Ctrl+R)",
                actions::start);
        start.getStyleClass().add("accent-button");
        start.disableProperty().bind(main.runs().runningProperty().or(main.sessionProperty().isNull()));
        Button cancel = button("cancelSweep", "Cancel", Glyph.STOP, "Cancel the running sweep: its runs are stopped "
                + "and recorded as canceled", actions::cancel);
        cancel.disableProperty().bind(main.runs().runningProperty().not());

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(main.runs().progressProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(main.runs().progressTextProperty());
        progressText.getStyleClass().add("hint");
        HBox running = new HBox(8, progress, progressText);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(main.runs().runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(open, save, new Separator(), undo, redo, new Separator(), start, cancel, spacer, running);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Button button(String id, String text, Glyph glyph, String help, Runnable action) {
        Button button = new Button(text, glyph.node());
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        button.setOnAction(e -> action.run());
        if (text == null) {
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        return button;
    }
}
