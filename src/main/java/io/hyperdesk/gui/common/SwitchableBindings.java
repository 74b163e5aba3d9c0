package io.hyperdesk.gui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;

/**
 * Bidirectional bindings of a form to whichever item is selected: {@link #unbindAll()} before
 * binding the next one, so a form never writes into the item it showed before.
 */
public final class SwitchableBindings {

    private record Pair(Property<Object> control, Property<Object> model) {
    }

    private final List<Pair> pairs = new ArrayList<>();

    /** Binds {@code control} to {@code model} (the control takes the model's value first). */
    @SuppressWarnings("unchecked")
    public <T> void bind(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        pairs.add(new Pair((Property<Object>) control, (Property<Object>) model));
    }

    public void unbindAll() {
        for (Pair pair : pairs) {
            pair.control().unbindBidirectional(pair.model());
        }
        pairs.clear();
    }
}
