package io.hyperdesk.gui.common;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column form: labels right-aligned in the first column, fields filling the second, so every
 * form of the window lines up the same way.
 */
public class FormGrid extends GridPane {

    private int row;

    /** @param labelWidth the labels' column width */
    public FormGrid(double labelWidth) {
        getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints(labelWidth);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** A heading across both columns. */
    public Label section(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("section-title");
        GridPane.setHalignment(heading, HPos.LEFT);
        add(heading, 0, row++, 2, 1);
        return heading;
    }

    /** A labelled field; returns the label. */
    public Label row(String label, Node field) {
        Label text = new Label(label);
        text.getStyleClass().add("field-label");
        text.setLabelFor(field);
        text.setMinWidth(USE_PREF_SIZE);
        addRow(row++, text, field);
        return text;
    }

    /** A node under the fields (a hint, a checkbox), without a label. */
    public void note(Node node) {
        add(node, 1, row++);
    }

    /** A node across both columns (a hint that needs the room). */
    public void wide(Node node) {
        add(node, 0, row++, 2, 1);
        GridPane.setHalignment(node, HPos.RIGHT);
    }

    /** Hides or shows a row's nodes and frees their space. */
    public static void shown(boolean visible, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }

    /** A small grey line of explanation. */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF_SIZE);
        return hint;
    }
}
