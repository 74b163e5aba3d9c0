package io.hyperdesk.gui.common;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/** Marks a form field as having a problem: a red outline ({@code :error}) and the message as its tooltip. */
public final class FieldMarks {

    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private FieldMarks() {
    }

    /** Marks {@code field} with {@code message}, or clears it when the message is null or empty. */
    public static void mark(Node field, String message, String help) {
        boolean bad = message != null && !message.isEmpty();
        field.pseudoClassStateChanged(ERROR, bad);
        if (field instanceof Control control) {
            String text = bad ? message : help;
            if (text == null || text.isEmpty()) {
                control.setTooltip(null);
            } else {
                Tooltip tooltip = control.getTooltip() != null ? control.getTooltip() : new Tooltip();
                tooltip.setText(text);
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(420);
                control.setTooltip(tooltip);
            }
        }
    }
}
