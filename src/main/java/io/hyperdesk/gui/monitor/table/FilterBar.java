package io.hyperdesk.gui.monitor.table;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunFilter;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.ValueRange;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The table's filters: states, a text search, a range of any numeric column, and the top k. The
 * active ranges (typed here or brushed on a parallel-coordinates axis) show as chips; clicking
 * one removes it. Everything goes through the model's filter, so every view follows.
 */
public final class FilterBar extends VBox {

    private final SweepMonitorModel model;
    private final FlowPane chips = new FlowPane(6, 4);

    public FilterBar(SweepMonitorModel model) {
        this.model = model;
        getStyleClass().add("monitor-toolbar");
        TextField search = new TextField();
        search.setId("filter-text");
        search.setPromptText("Search id, state, parameter, reason");
        search.setPrefColumnCount(16);
        search.textProperty().addListener((o, old, text) -> model.filterProperty().set(model.filterProperty().get().withText(text)));

        Spinner<Integer> topK = TopKSpinner.create(model);
        // A flow, not a row: in a narrow window the filters wrap instead of clipping their labels.
        FlowPane row = new FlowPane(8, 6);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getChildren().addAll(unclipped(new Label("Filter:")), search, unclipped(statesMenu()),
                unclipped(new Label("Range:")));
        row.getChildren().addAll(rangeEditor());
        row.getChildren().addAll(unclipped(new Label("Top k:")), topK);
        row.getChildren().forEach(node -> {
            if (node instanceof javafx.scene.control.ButtonBase button) {
                unclipped(button);
            }
        });
        chips.setId("range-chips");
        getChildren().addAll(row, chips);
        model.filterProperty().addListener((o, old, filter) -> showChips(filter));
        showChips(model.filterProperty().get());
    }

    private static <T extends javafx.scene.layout.Region> T unclipped(T node) {
        node.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return node;
    }

    private MenuButton statesMenu() {
        MenuButton menu = new MenuButton("States");
        menu.setId("filter-states");
        for (RunState state : RunState.values()) {
            CheckMenuItem item = new CheckMenuItem(state.displayName());
            item.setId("filter-state-" + state.name().toLowerCase(java.util.Locale.ROOT));
            item.setSelected(model.filterProperty().get().states().contains(state));
            item.selectedProperty().addListener((o, old, selected) -> {
                Set<RunState> states = EnumSet.noneOf(RunState.class);
                states.addAll(model.filterProperty().get().states());
                if (selected) {
                    states.add(state);
                } else {
                    states.remove(state);
                }
                model.filterProperty().set(model.filterProperty().get().withStates(states));
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private javafx.scene.Node[] rangeEditor() {
        ComboBox<RunColumn> column = new ComboBox<>();
        column.setId("range-column");
        model.columns().stream().filter(RunColumn::isNumeric).forEach(column.getItems()::add);
        column.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunColumn c) {
                return c == null ? "" : c.header();
            }

            @Override
            public RunColumn fromString(String text) {
                return null;
            }
        });
        column.setPromptText("column");
        TextField low = new TextField();
        low.setPromptText("from");
        low.setPrefColumnCount(5);
        TextField high = new TextField();
        high.setPromptText("to");
        high.setPrefColumnCount(5);
        Button add = new Button("Apply");
        add.setId("range-apply");
        add.setTooltip(new Tooltip("Show only runs whose value lies in the range (both ends included). "
                + "For a choice of text, use positions 0, 1, …"));
        add.setOnAction(e -> {
            RunColumn chosen = column.getValue();
            try {
                double from = low.getText().isBlank() ? Double.NEGATIVE_INFINITY : Double.parseDouble(low.getText().trim());
                double to = high.getText().isBlank() ? Double.POSITIVE_INFINITY : Double.parseDouble(high.getText().trim());
                if (chosen != null) {
                    model.setRange(chosen.id(), new ValueRange(from, to));
                    low.setStyle("");
                    high.setStyle("");
                }
            } catch (NumberFormatException bad) {
                (low.getText().isBlank() || isNumber(low.getText()) ? high : low).setStyle("-fx-border-color: #c62828;");
            }
        });
        return new javafx.scene.Node[] {column, low, high, add};
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void showChips(RunFilter filter) {
        chips.getChildren().clear();
        for (Map.Entry<String, ValueRange> range : filter.ranges().entrySet()) {
            RunColumn column = model.column(range.getKey());
            Button chip = new Button(column.header() + ": " + describe(column, range.getValue()) + "  ✕");
            chip.getStyleClass().add("range-chip");
            chip.setTooltip(new Tooltip("Remove this range"));
            chip.setOnAction(e -> model.setRange(range.getKey(), null));
            chips.getChildren().add(chip);
        }
        chips.setManaged(!chips.getChildren().isEmpty());
        chips.setVisible(chips.isManaged());
    }

    /** A range as a person reads it; a choice of text lists the values it covers. */
    static String describe(RunColumn column, ValueRange range) {
        if (column.kind() == RunColumn.Kind.CATEGORY && !column.categories().isEmpty()
                && !column.categories().get(0).matches("-?[0-9.eE+-]+")) {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < column.categories().size(); i++) {
                if (range.contains(i)) {
                    values.append(values.length() == 0 ? "" : ", ").append(column.categories().get(i));
                }
            }
            return values.length() == 0 ? "none" : values.toString();
        }
        return range.toString();
    }
}
