package io.hyperdesk.gui.design;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The message bar over the designer: what loading or saving sweep.json found (fields that will be
 * lost on save, an unreadable file, a refused save), each with a close button. Hidden when empty.
 */
final class MessageBarView extends VBox {

    MessageBarView(SweepDesignViewModel design) {
        setId("messageBar");
        getStyleClass().add("message-bar");
        design.messages().addListener((ListChangeListener<DesignMessage>) c -> rebuild(design));
        rebuild(design);
    }

    private void rebuild(SweepDesignViewModel design) {
        getChildren().clear();
        for (DesignMessage message : design.messages()) {
            Label text = new Label(message.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button close = new Button("✕");
            close.getStyleClass().add("message-close");
            close.setOnAction(e -> design.dismiss(message));
            HBox line = new HBox(8, text, close);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().addAll("message", "message-" + message.level().name().toLowerCase(java.util.Locale.ROOT));
            getChildren().add(line);
        }
        setVisible(!getChildren().isEmpty());
        setManaged(!getChildren().isEmpty());
    }
}
