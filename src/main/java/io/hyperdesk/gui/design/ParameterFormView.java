package io.hyperdesk.gui.design;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.gui.common.FieldMarks;
import io.hyperdesk.gui.common.SwitchableBindings;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The form of the selected parameter: name, kind, the kind's argument fields (in natural units on
 * request), and the same expression as HyperDrive text. Problems show inline, in validate's words,
 * on the field they are about.
 */
final class ParameterFormView extends GridPane {

    private final TextField name = field("parameterName", "the script receives it as --<name>");
    private final ComboBox<ParameterKind> kind = new ComboBox<>();
    private final List<Label> argumentLabels = new ArrayList<>();
    private final List<TextField> arguments = new ArrayList<>();
    private final CheckBox naturalUnits = new CheckBox("Natural units");
    private final Label naturalRange = hint("naturalRange");
    private final TextField expression = field("expressionText", "HyperDrive syntax, e.g. loguniform(-9.2, -2.3)");
    private final Label error = new Label();
    private javafx.scene.Node unitsRow;
    private final SwitchableBindings bindings = new SwitchableBindings();
    private final ObservableList<ConfigProblem> problems;
    private final InvalidationListener refresh = o -> refresh();
    private ParameterViewModel shown;

    ParameterFormView(SpaceEditorViewModel space, ObservableList<ConfigProblem> problems) {
        this.problems = problems;
        // No vertical gap: a hidden row (a kind with fewer arguments) must take no room at all;
        // each node carries its own margin instead.
        getStyleClass().add("parameter-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(78);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);

        kind.setId("parameterKind");
        kind.getItems().setAll(ParameterKind.values());
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setVisibleRowCount(10);
        kind.setTooltip(new Tooltip());
        kind.setCellFactory(list -> new KindCell());
        naturalUnits.setId("naturalUnits");
        naturalUnits.setTooltip(new Tooltip("Type the bounds as the values the script receives (e.g. 0.0001 and 0.1) "
                + "instead of their natural logs; sweep.json keeps the logs, as HyperDrive does (SPEC E4)"));
        expression.getStyleClass().add("monospace");
        error.setId("parameterError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMinHeight(USE_PREF_SIZE);

        int row = 0;
        addRow(row++, label("Name"), name);
        addRow(row++, label("Kind"), kind);
        for (int i = 0; i < ParameterKind.MAX_ARGUMENTS; i++) {
            Label label = label("");
            TextField argument = field("argument" + i, null);
            argumentLabels.add(label);
            arguments.add(argument);
            addRow(row++, label, argument);
        }
        javafx.scene.layout.HBox units = new javafx.scene.layout.HBox(10, naturalUnits, naturalRange);
        units.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        naturalUnits.setMinWidth(USE_PREF_SIZE);
        naturalRange.setWrapText(false);
        naturalRange.setMinWidth(USE_PREF_SIZE);
        naturalRange.setTooltip(new Tooltip("e^low … e^high: the range of values the script receives"));
        add(units, 1, row++);
        unitsRow = units;
        addRow(row++, label("Expression"), expression);
        add(error, 0, row, 2, 1);
        for (javafx.scene.Node child : getChildren()) {
            GridPane.setMargin(child, new javafx.geometry.Insets(3, 0, 3, 0));
        }

        space.selectedProperty().addListener((o, was, now) -> show(now));
        problems.addListener((ListChangeListener<ConfigProblem>) c -> refresh());
        show(space.selected());
    }

    private void show(ParameterViewModel parameter) {
        bindings.unbindAll();
        if (shown != null) {
            shown.kindProperty().removeListener(refresh);
            shown.naturalUnitsProperty().removeListener(refresh);
            shown.errorProperty().removeListener(refresh);
            shown.errorArgumentProperty().removeListener(refresh);
            naturalRange.textProperty().unbind();
        }
        shown = parameter;
        setDisable(parameter == null);
        if (parameter != null) {
            bindings.bind(name.textProperty(), parameter.nameProperty());
            bindings.bind(kind.valueProperty(), parameter.kindProperty());
            for (int i = 0; i < arguments.size(); i++) {
                bindings.bind(arguments.get(i).textProperty(), parameter.argumentProperty(i));
            }
            bindings.bind(naturalUnits.selectedProperty(), parameter.naturalUnitsProperty());
            bindings.bind(expression.textProperty(), parameter.expressionTextProperty());
            naturalRange.textProperty().bind(parameter.naturalRangeProperty());
            parameter.kindProperty().addListener(refresh);
            parameter.naturalUnitsProperty().addListener(refresh);
            parameter.errorProperty().addListener(refresh);
            parameter.errorArgumentProperty().addListener(refresh);
        }
        refresh();
    }

    /** Shows the kind's fields with their labels, and marks the field a problem is about. */
    private void refresh() {
        ParameterKind current = shown == null ? ParameterKind.UNIFORM : shown.kindProperty().get();
        boolean natural = shown != null && shown.naturalUnitsProperty().get();
        kind.getTooltip().setText(current.text() + ": " + current.meaning());
        for (int i = 0; i < arguments.size(); i++) {
            boolean used = i < current.arguments().size();
            setShown(argumentLabels.get(i), used);
            setShown(arguments.get(i), used);
            if (used) {
                argumentLabels.get(i).setText(current == ParameterKind.CHOICE ? "Values" : current.label(i, natural));
            }
        }
        arguments.get(0).setPromptText(current == ParameterKind.CHOICE ? "16, 32, 64   or   range(1, 5)   or   \"relu\", \"tanh\"" : "");
        setShown(unitsRow, current.hasNaturalUnits());
        setShown(naturalRange, !natural);
        String problem = shown == null ? "" : shown.error();
        int argument = shown == null ? -1 : shown.errorArgumentProperty().get();
        if (problem.isEmpty() && shown != null) {
            String field = "parameter_space." + shown.name().trim();
            problem = problems.stream().filter(p -> p.field().equals(field)).map(ConfigProblem::message)
                    .findFirst().orElse("");
            // The reader's problems of a whole parameter: its name, or what the sampling method allows.
            argument = problem.contains("name") ? -2 : -1;
        }
        error.setText(problem);
        setShown(error, !problem.isEmpty());
        for (int i = 0; i < arguments.size(); i++) {
            FieldMarks.mark(arguments.get(i), i == argument ? problem : "", null);
        }
        FieldMarks.mark(expression, argument == -1 ? problem : "", "HyperDrive syntax, e.g. loguniform(-9.2, -2.3)");
        FieldMarks.mark(name, argument == -2 ? problem : "", "the script receives it as --<name>");
    }

    private static void setShown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Moves the keyboard focus to the field a problem is about. */
    void focusProblem() {
        int argument = shown == null ? -1 : shown.errorArgumentProperty().get();
        if (argument >= 0 && argument < arguments.size()) {
            arguments.get(argument).requestFocus();
        } else if (shown != null && shown.error().isEmpty()) {
            name.requestFocus();
        } else {
            expression.requestFocus();
        }
    }

    /** A kind in the drop-down: its name and what a draw is (SPEC E1–E10). */
    private static final class KindCell extends javafx.scene.control.ListCell<ParameterKind> {
        @Override
        protected void updateItem(ParameterKind item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.text());
            name.setMinWidth(96);
            Label what = new Label(item.meaning());
            what.getStyleClass().add("hint");
            setGraphic(new javafx.scene.layout.HBox(8, name, what));
            setText(null);
        }
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label hint(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static TextField field(String id, String help) {
        TextField field = new TextField();
        field.setId(id);
        if (help != null) {
            field.setTooltip(new Tooltip(help));
        }
        return field;
    }
}
