package io.hyperdesk.gui.project;

import io.hyperdesk.engine.sweep.SweepSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The side list of the project's sweeps: name, state, run count and start time; selecting one shows its runs. */
public final class SweepListView extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    public SweepListView(SweepListViewModel sweeps) {
        getStyleClass().add("sidebar");
        Label title = new Label("Sweeps");
        title.getStyleClass().add("sidebar-title");
        ListView<SweepSummary> list = new ListView<>(sweeps.sweeps());
        list.setId("sweepList");
        list.setPlaceholder(new Label("No sweeps yet.\nStart one from the designer."));
        list.setCellFactory(view -> new SweepCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != sweeps.selectedProperty().get()) {
                sweeps.selectedProperty().set(now);
            }
        });
        sweeps.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        getChildren().addAll(title, list);
    }

    /** Two lines: the sweep's id; its state, runs and start. */
    private static final class SweepCell extends ListCell<SweepSummary> {
        SweepCell() {
            // Never wider than the list: long ids end with an ellipsis instead of a scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SweepSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.id());
            name.getStyleClass().add("sweep-name");
            Label state = new Label(item.state().displayName());
            state.getStyleClass().addAll("state-badge", "state-" + item.state().name().toLowerCase(Locale.ROOT));
            Label details = new Label(item.runCount() + (item.runCount() == 1 ? " run" : " runs") + " · "
                    + WHEN.format(item.createdAt()));
            details.getStyleClass().add("hint");
            javafx.scene.layout.HBox second = new javafx.scene.layout.HBox(6, state, details);
            second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(new VBox(3, name, second));
            setText(null);
        }
    }
}
