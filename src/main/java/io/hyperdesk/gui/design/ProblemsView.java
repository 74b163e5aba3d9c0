package io.hyperdesk.gui.design;

import io.hyperdesk.config.ConfigProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The strip under the designer: every problem of the sweep (each naming its sweep.json field; a
 * click goes to that field) and the warnings that do not stop it (SPEC S4, S5), or "ready".
 */
final class ProblemsView extends VBox {

    /** One line of the strip. */
    private record Line(String field, String text, boolean warning) {
    }

    private final ListView<Line> list = new ListView<>();
    private final Label heading = new Label();
    private final Label ready = new Label("No problems: ready to start.");

    ProblemsView(SweepDesignViewModel design, Consumer<String> focusField) {
        getStyleClass().add("problems-strip");
        setSpacing(4);
        heading.getStyleClass().add("section-title");
        ready.setId("readyText");
        ready.getStyleClass().add("ready-text");
        HBox header = new HBox(10, heading, ready);
        header.setAlignment(Pos.CENTER_LEFT);
        list.setId("problemsList");
        list.getStyleClass().add("problems");
        list.setCellFactory(view -> new LineCell());
        list.setPrefHeight(70);
        list.setMinHeight(48);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> go(focusField));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                go(focusField);
            }
        });
        InvalidationListener refresh = o -> fill(design);
        design.problems().addListener(refresh);
        design.warnings().addListener(refresh);
        fill(design);
        getChildren().addAll(header, list);
    }

    private void go(Consumer<String> focusField) {
        Line picked = list.getSelectionModel().getSelectedItem();
        if (picked != null && !picked.warning()) {
            focusField.accept(picked.field());
        }
    }

    private void fill(SweepDesignViewModel design) {
        List<Line> lines = new ArrayList<>();
        for (ConfigProblem problem : design.problems()) {
            lines.add(new Line(problem.field(), problem.field() + ": " + problem.message(), false));
        }
        for (String warning : design.warnings()) {
            lines.add(new Line("", "warning: " + warning, true));
        }
        list.getItems().setAll(lines);
        int count = design.problems().size();
        heading.setText(count == 0 ? "PROBLEMS" : "PROBLEMS (" + count + ")");
        ready.setVisible(count == 0);
        list.setVisible(!lines.isEmpty());
        list.setManaged(!lines.isEmpty());
    }

    /** A problem in red, a warning in amber; long lines wrap. */
    private static final class LineCell extends ListCell<Line> {
        LineCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Line item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("problem-cell", "warning-cell");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.text());
            getStyleClass().add(item.warning() ? "warning-cell" : "problem-cell");
        }
    }
}
