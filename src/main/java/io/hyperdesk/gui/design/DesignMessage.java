package io.hyperdesk.gui.design;

import java.util.Objects;

/** A line for the designer's message bar: what happened on load or save, and how serious it is. */
public record DesignMessage(Level level, String text) {

    /** How the bar shows the message. */
    public enum Level { INFO, WARNING, ERROR }

    public DesignMessage {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }
}
