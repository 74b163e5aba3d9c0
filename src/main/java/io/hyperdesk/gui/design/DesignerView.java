package io.hyperdesk.gui.design;

import io.hyperdesk.gui.preview.PreviewChartView;
import io.hyperdesk.gui.preview.PreviewViewModel;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The sweep designer, the window's first view: the search space (parameter list, the selected
 * parameter's form, its distribution preview) over the settings and the pre-start check.
 */
public final class DesignerView extends VBox {

    private final SweepDesignViewModel design;
    private final ParameterFormView form;
    private final SweepSettingsView settings;

    /**
     * @param chooseScript opens a file chooser for the training script and hands the path
     *                     (relative to the project) to its argument
     */
    public DesignerView(SweepDesignViewModel design, PreviewViewModel preview, int cores,
                        Consumer<Consumer<String>> chooseScript) {
        this.design = design;
        getStyleClass().add("designer");
        ParameterTableView table = new ParameterTableView(design.space());
        Label size = new Label();
        size.setId("spaceSize");
        size.getStyleClass().add("hint");
        size.setWrapText(true);
        size.setMinHeight(Label.USE_PREF_SIZE);
        size.textProperty().bind(javafx.beans.binding.Bindings.concat("Space: ", design.spaceSizeProperty()));
        VBox tableColumn = new VBox(6, table, size);
        VBox.setVgrow(table, Priority.ALWAYS);
        tableColumn.setPrefWidth(270);
        tableColumn.setMinWidth(220);
        form = new ParameterFormView(design.space(), design.problems());
        form.setPrefWidth(340);
        form.setMinWidth(290);
        PreviewChartView chart = new PreviewChartView(preview);
        chart.setMinWidth(220);
        chart.setPrefWidth(360);
        VBox tableCard = card("Search space", tableColumn);
        VBox chartCard = card("Distribution", chart);
        HBox space = new HBox(12, tableCard, card("Parameter", form), chartCard);
        HBox.setHgrow(chartCard, Priority.ALWAYS);
        space.getStyleClass().add("designer-row");
        space.setMinHeight(0);

        settings = new SweepSettingsView(design.settings(), design, cores, chooseScript);
        VBox settingsCard = card(null, settings);
        ProblemsView problems = new ProblemsView(design, this::focusField);
        VBox lower = new VBox(10, settingsCard, problems);
        lower.getStyleClass().add("designer-row");
        lower.setMinHeight(0);

        SplitPane split = new SplitPane(space, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.47);
        split.getStyleClass().add("designer-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(new MessageBarView(design), split);
    }

    private static VBox card(String title, javafx.scene.Node content) {
        VBox card = new VBox(8);
        card.getStyleClass().add("card");
        if (title != null) {
            Label heading = new Label(title);
            heading.getStyleClass().add("card-title");
            card.getChildren().add(heading);
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        card.getChildren().add(content);
        return card;
    }

    /**
     * Goes to the field a problem names: a parameter is selected and its form field focused; a
     * setting's field is focused.
     */
    public void focusField(String field) {
        String prefix = "parameter_space.";
        if (field.startsWith(prefix) && design.space().select(field.substring(prefix.length()))) {
            form.focusProblem();
        } else if (field.startsWith("parameter_space[")) {
            int index = Integer.parseInt(field.substring("parameter_space[".length(), field.indexOf(']'))) - 1;
            design.space().selectedIndexProperty().set(index);
            form.focusProblem();
        } else {
            settings.focus(field);
        }
    }
}
