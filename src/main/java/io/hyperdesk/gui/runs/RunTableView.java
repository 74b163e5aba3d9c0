package io.hyperdesk.gui.runs;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.preview.AxisNumbers;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The simple list of the shown sweep's runs with their states, updated live by the drain. The
 * monitor's run table replaces it (see {@link RunsView#setMonitor}).
 */
final class RunTableView extends TableView<RunRow> {

    private final TableColumn<RunRow, Number> best = new TableColumn<>("Best");
    private final TableColumn<RunRow, Number> last = new TableColumn<>("Last");

    RunTableView(RunsViewModel runs) {
        setId("runsTable");
        itemsProperty().bind(runs.rowsProperty());
        setPlaceholder(new Label("No runs to show: start a sweep, or pick one in the list on the left."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<RunRow, Number> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new javafx.beans.property.SimpleIntegerProperty(c.getValue().number()));
        number.setPrefWidth(44);
        number.setMaxWidth(60);
        TableColumn<RunRow, String> id = new TableColumn<>("Run");
        id.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().runId()));
        id.setPrefWidth(200);
        id.setCellFactory(c -> {
            TableCell<RunRow, String> cell = new TextCell();
            // The end of a run id (…_12) tells runs apart; the sweep's id is in the heading.
            cell.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            return cell;
        });
        TableColumn<RunRow, RunState> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        state.setCellFactory(c -> new StateCell());
        state.setPrefWidth(100);
        best.setCellValueFactory(c -> c.getValue().bestProperty());
        best.setCellFactory(c -> new MetricCell());
        best.setPrefWidth(124);
        last.setCellValueFactory(c -> c.getValue().lastProperty());
        last.setCellFactory(c -> new MetricCell());
        last.setPrefWidth(124);
        TableColumn<RunRow, Number> intervals = new TableColumn<>("Intervals");
        intervals.setCellValueFactory(c -> c.getValue().intervalsProperty());
        intervals.setPrefWidth(82);
        intervals.getStyleClass().add("number-column");
        TableColumn<RunRow, String> parameters = new TableColumn<>("Parameters");
        parameters.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().parameters()));
        parameters.setPrefWidth(300);
        parameters.setCellFactory(c -> new TextCell());
        TableColumn<RunRow, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> c.getValue().reasonProperty());
        reason.setPrefWidth(240);
        reason.setCellFactory(c -> new TextCell());
        getColumns().addAll(java.util.List.of(number, id, state, best, last, intervals, parameters, reason));

        runs.shownProperty().addListener((o, was, now) -> {
            String metric = now == null ? "" : now.config().map(c -> " " + c.primaryMetric().name()).orElse("");
            best.setText("Best" + metric);
            last.setText("Last" + metric);
        });
    }

    /** Long text, cut with an ellipsis, whole in the tooltip. */
    private static final class TextCell extends TableCell<RunRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
        }
    }

    /** A state as a small coloured badge. */
    private static final class StateCell extends TableCell<RunRow, RunState> {
        @Override
        protected void updateItem(RunState item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label badge = new Label(item.displayName());
            badge.getStyleClass().addAll("state-badge", "state-" + item.name().toLowerCase(Locale.ROOT));
            setGraphic(badge);
            setText(null);
        }
    }

    /** A metric value, blank when the run logged none. */
    private static final class MetricCell extends TableCell<RunRow, Number> {
        MetricCell() {
            getStyleClass().add("number-cell");
        }

        @Override
        protected void updateItem(Number item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null || Double.isNaN(item.doubleValue()) ? null : AxisNumbers.format(item.doubleValue()));
        }
    }
}
