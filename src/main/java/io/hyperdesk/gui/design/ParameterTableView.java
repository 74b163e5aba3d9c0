package io.hyperdesk.gui.design;

import io.hyperdesk.gui.common.FieldMarks;
import io.hyperdesk.gui.common.Glyph;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The parameters in declaration order with the add, duplicate, remove and reorder buttons. Its
 * selection is the space editor's selection, both ways.
 */
final class ParameterTableView extends VBox {

    private final TableView<ParameterViewModel> table = new TableView<>();

    ParameterTableView(SpaceEditorViewModel space) {
        getStyleClass().add("parameter-table");
        table.setId("parameterTable");
        table.setItems(space.parameters());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No parameters yet: add one."));
        TableColumn<ParameterViewModel, String> name = new TableColumn<>("Parameter");
        name.setCellValueFactory(cell -> cell.getValue().nameProperty());
        name.setPrefWidth(120);
        TableColumn<ParameterViewModel, String> expression = new TableColumn<>("Expression");
        expression.setCellValueFactory(cell -> cell.getValue().expressionTextProperty());
        table.getColumns().add(name);
        table.getColumns().add(expression);
        table.setRowFactory(view -> new ParameterRow());
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != space.selectedIndexProperty().get()) {
                space.selectedIndexProperty().set(now.intValue());
            }
        });
        space.selectedIndexProperty().addListener((o, was, now) -> select(now.intValue()));
        select(space.selectedIndexProperty().get());

        Button add = button("addParameter", Glyph.ADD, "Add", "Add a parameter after the selected one");
        add.setOnAction(e -> space.add());
        Button duplicate = button("duplicateParameter", Glyph.DUPLICATE, null, "Duplicate the selected parameter");
        duplicate.setOnAction(e -> space.duplicate());
        Button remove = button("removeParameter", Glyph.REMOVE, null, "Remove the selected parameter");
        remove.setOnAction(e -> space.remove());
        Button up = button("moveUp", Glyph.UP, null, "Move up: the script receives parameters in this order, "
                + "and grid sampling varies the last one fastest");
        up.setOnAction(e -> space.moveUp());
        Button down = button("moveDown", Glyph.DOWN, null, "Move down");
        down.setOnAction(e -> space.moveDown());
        for (Button needsSelection : new Button[] {duplicate, remove, up, down}) {
            needsSelection.disableProperty().bind(space.selectedProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(4, add, spacer, duplicate, remove, up, down);
        buttons.getStyleClass().add("button-row");
        getChildren().addAll(table, buttons);
        setSpacing(6);
    }

    private void select(int index) {
        if (index < 0) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedIndex() != index) {
            table.getSelectionModel().select(index);
            table.scrollTo(index);
        }
    }

    private static Button button(String id, Glyph glyph, String text, String help) {
        Button button = new Button(text, glyph.node(14));
        button.setId(id);
        button.getStyleClass().add("small-button");
        if (text == null) {
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        button.setTooltip(new Tooltip(help));
        return button;
    }

    /** A row marked when its parameter has a problem. */
    private static final class ParameterRow extends TableRow<ParameterViewModel> {
        private final ChangeListener<String> errorListener = (o, was, now) -> mark(now);
        private ParameterViewModel shown;

        @Override
        protected void updateItem(ParameterViewModel item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.errorProperty().removeListener(errorListener);
            }
            shown = empty ? null : item;
            if (shown != null) {
                shown.errorProperty().addListener(errorListener);
                mark(shown.error());
            } else {
                mark("");
            }
        }

        private void mark(String error) {
            pseudoClassStateChanged(FieldMarks.ERROR, error != null && !error.isEmpty());
        }
    }
}
