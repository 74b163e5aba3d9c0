package io.hyperdesk.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The status bar: the last thing that happened, the store's path and the machine's cores (SPEC L4). */
final class StatusBarView extends HBox {

    StatusBarView(MainViewModel main) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(main.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label store = new Label();
        store.setId("storePath");
        store.textProperty().bind(main.storeTextProperty());
        store.setMinWidth(USE_PREF_SIZE);
        Label cores = new Label(main.coresText());
        cores.setId("cores");
        cores.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(status, store, new Separator(Orientation.VERTICAL), cores);
    }
}
