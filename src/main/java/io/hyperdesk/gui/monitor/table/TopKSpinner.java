package io.hyperdesk.gui.monitor.table;

import io.hyperdesk.gui.monitor.SweepMonitorModel;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;

/** A spinner for the model's "top k" filter (0 = all runs); several views may show one. */
public final class TopKSpinner {

    private TopKSpinner() {
    }

    public static Spinner<Integer> create(SweepMonitorModel model) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1000, model.topKProperty().get(), 5);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        spinner.setTooltip(new Tooltip("Show only the k best-scored runs; 0 shows all"));
        factory.valueProperty().addListener((o, old, value) -> model.topKProperty().set(value == null ? 0 : value));
        model.topKProperty().addListener((o, old, value) -> factory.setValue(value.intValue()));
        return spinner;
    }
}
