package io.hyperdesk.gui.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameter list: add, duplicate, remove, reorder, each one undo step. */
class SpaceEditorViewModelTest {

    private static List<String> names(SpaceEditorViewModel space) {
        return space.parameters().stream().map(ParameterViewModel::name).toList();
    }

    @Test
    void structuralEditsKeepASensibleSelectionAndReportOneEditEach() {
        SpaceEditorViewModel space = new SpaceEditorViewModel();
        List<String> edits = new ArrayList<>();
        space.setOnEdit(edits::add);
        space.add();
        space.add();
        assertEquals(List.of("param_1", "param_2"), names(space));
        assertEquals(1, space.selectedIndexProperty().get());

        space.selected().expressionTextProperty().set("choice(1, 2)");
        space.duplicate();
        assertEquals(List.of("param_1", "param_2", "param_2_copy"), names(space));
        assertEquals("choice(1, 2)", space.selected().expressionTextProperty().get());

        space.moveUp();
        space.moveUp();
        assertEquals(List.of("param_2_copy", "param_1", "param_2"), names(space));
        assertEquals(0, space.selectedIndexProperty().get());
        space.moveUp();
        assertEquals(List.of("param_2_copy", "param_1", "param_2"), names(space), "the first cannot go higher");
        space.moveDown();
        assertEquals(1, space.selectedIndexProperty().get());

        space.selectedIndexProperty().set(2);
        space.remove();
        assertEquals(1, space.selectedIndexProperty().get(), "the new last one is selected");
        space.remove();
        space.remove();
        assertNull(space.selected());
        assertEquals(10, edits.size(), "two adds, a text edit, a duplicate, three moves, three removes: " + edits);
        assertEquals(edits.size(), edits.stream().distinct().count(), "structural edits never merge into one undo step");
    }
}
