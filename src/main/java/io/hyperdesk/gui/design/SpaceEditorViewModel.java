package io.hyperdesk.gui.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The search-space editor: the parameters in declaration order (the order the script receives them
 * and grid sampling varies them, SPEC S4) and the one selected for the form and the preview. One
 * method per user action; structural edits are single undo steps.
 */
public final class SpaceEditorViewModel {

    private final ObservableList<ParameterViewModel> parameters = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<ParameterViewModel> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private Consumer<String> onEdit = key -> { };
    private int structuralEdits;

    public SpaceEditorViewModel() {
        selectedIndex.addListener((o, was, now) -> updateSelected());
    }

    private void updateSelected() {
        int index = selectedIndex.get();
        selected.set(index >= 0 && index < parameters.size() ? parameters.get(index) : null);
    }

    void setOnEdit(Consumer<String> onEdit) {
        this.onEdit = onEdit;
        parameters.forEach(p -> p.setOnEdit(onEdit));
    }

    private void structureChanged(int newSelection) {
        selectedIndex.set(-1);
        selectedIndex.set(Math.min(newSelection, parameters.size() - 1));
        onEdit.accept("space." + (++structuralEdits));
    }

    /** Adds a uniform parameter with a fresh name after the selected one (or at the end) and selects it. */
    public void add() {
        ParameterViewModel parameter = ParameterViewModel.of(freshName("param"), ParameterKind.UNIFORM);
        parameter.setOnEdit(onEdit);
        int at = selectedIndex.get() >= 0 ? selectedIndex.get() + 1 : parameters.size();
        parameters.add(at, parameter);
        structureChanged(at);
    }

    /** Adds a copy of the selected parameter right after it, named {@code <name>_copy}. */
    public void duplicate() {
        ParameterViewModel source = selected.get();
        if (source == null) {
            return;
        }
        ParameterDraft draft = source.toDraft();
        ParameterViewModel copy = new ParameterViewModel(new ParameterDraft(freshName(draft.name() + "_copy"),
                draft.kind(), draft.arguments(), draft.naturalUnits(), draft.expressionText()));
        copy.setOnEdit(onEdit);
        int at = selectedIndex.get() + 1;
        parameters.add(at, copy);
        structureChanged(at);
    }

    /** Removes the selected parameter; the next one (or the new last) becomes selected. */
    public void remove() {
        int index = selectedIndex.get();
        if (index < 0 || index >= parameters.size()) {
            return;
        }
        parameters.remove(index);
        structureChanged(index);
    }

    /** Moves the selected parameter one place earlier. */
    public void moveUp() {
        move(-1);
    }

    /** Moves the selected parameter one place later. */
    public void moveDown() {
        move(+1);
    }

    private void move(int delta) {
        int index = selectedIndex.get();
        int target = index + delta;
        if (index < 0 || target < 0 || target >= parameters.size()) {
            return;
        }
        ParameterViewModel parameter = parameters.remove(index);
        parameters.add(target, parameter);
        structureChanged(target);
    }

    private String freshName(String base) {
        Set<String> taken = new HashSet<>();
        parameters.forEach(p -> taken.add(p.name()));
        if (!taken.contains(base) && !base.equals("param")) {
            return base;
        }
        for (int i = 1; ; i++) {
            String candidate = base + "_" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    List<ParameterDraft> toDrafts() {
        List<ParameterDraft> drafts = new ArrayList<>();
        parameters.forEach(p -> drafts.add(p.toDraft()));
        return drafts;
    }

    /**
     * Puts the list back to {@code drafts} without recording an edit: parameters are restored in
     * place when the count matches (so the form keeps its selection), rebuilt otherwise.
     */
    void restore(List<ParameterDraft> drafts) {
        int keep = selectedIndex.get();
        if (drafts.size() == parameters.size()) {
            for (int i = 0; i < drafts.size(); i++) {
                parameters.get(i).restore(drafts.get(i));
            }
        } else {
            List<ParameterViewModel> rebuilt = new ArrayList<>();
            for (ParameterDraft draft : drafts) {
                ParameterViewModel parameter = new ParameterViewModel(draft);
                parameter.setOnEdit(onEdit);
                rebuilt.add(parameter);
            }
            parameters.setAll(rebuilt);
        }
        selectedIndex.set(-1);
        selectedIndex.set(drafts.isEmpty() ? -1 : Math.max(0, Math.min(keep, drafts.size() - 1)));
    }

    /** Selects the parameter called {@code name}; false when there is none. */
    public boolean select(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                selectedIndex.set(i);
                return true;
            }
        }
        return false;
    }

    public ObservableList<ParameterViewModel> parameters() {
        return parameters;
    }

    /** The selected row, -1 for none; the view's table selection binds to it. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyObjectProperty<ParameterViewModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ParameterViewModel selected() {
        return selected.get();
    }
}
