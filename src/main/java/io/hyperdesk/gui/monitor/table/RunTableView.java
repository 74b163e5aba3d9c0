package io.hyperdesk.gui.monitor.table;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunColumns;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.RunStateColors;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.shape.Circle;

/**
 * The run table (SPEC V1): one row per visible run, one column per {@link RunColumn}; sortable by
 * any column (numbers numerically), columns chosen with the table's "+" menu, the best run
 * highlighted, selection linked with the model both ways. Rows update live: each cell follows its
 * run's version, so a drain redraws only the visible cells of runs that changed.
 *
 * <p>A table made for a sweep with no runs yet lays out made-up runs once, invisibly, so its cells
 * exist before the first real run; until that first layout {@link #getItems()} holds them.
 */
public final class RunTableView extends TableView<RunRow> {

    private static final PseudoClass BEST = PseudoClass.getPseudoClass("best-run");

    /** Made-up rows laid out once so the cells exist before the first run: more than a screenful. */
    private static final int PREPARED_ROWS = 40;

    private final SweepMonitorModel model;
    private final SortedList<RunRow> sorted;
    private boolean syncing;
    private Preparation preparation = Preparation.DONE;

    /** Where the made-up runs are: cells being made on them, gone (next frame: show), done. */
    private enum Preparation { MAKING_CELLS, EMPTYING, DONE }

    /** A run as one cell sees it: the row and its version, so a change is a new value. */
    record RunCell(RunRow row, long version) {
    }

    public RunTableView(SweepMonitorModel model) {
        this.model = model;
        getStyleClass().add("run-table");
        setId("run-table");
        setTableMenuButtonVisible(true);
        // A fixed row height lets the table size its scroll bar without measuring 1,000 rows.
        setFixedCellSize(24);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("No runs yet (or none passes the filters)."));
        for (RunColumn column : model.columns()) {
            getColumns().add(tableColumn(column));
        }
        sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        if (model.rows().isEmpty()) {
            // A sweep about to run: the table's first layout makes (and styles) a screenful of
            // cells on made-up runs, then shows the real, empty list; the first batch of runs
            // then only fills cells instead of making them in the middle of a live sweep.
            // Invisible until the made-up runs are gone: nobody sees them, not even for a frame.
            setItems(FXCollections.observableArrayList(model.sampleRows(PREPARED_ROWS)));
            setOpacity(0);
            preparation = Preparation.MAKING_CELLS;
        } else {
            setItems(sorted);
        }
        setRowFactory(table -> new BestAwareRow());
        getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (!syncing && row != null) {
                model.selectedRunProperty().set(row);
            }
        });
        model.selectedRunProperty().addListener((o, old, row) -> select(row));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (preparation == Preparation.MAKING_CELLS) {
            preparation = Preparation.EMPTYING;
            setItems(sorted);
        } else if (preparation == Preparation.EMPTYING) {
            preparation = Preparation.DONE;
            setOpacity(1);
        }
    }

    private void select(RunRow row) {
        if (row == null || getSelectionModel().getSelectedItem() == row) {
            return;
        }
        syncing = true;
        try {
            getSelectionModel().select(row);
            int index = getItems().indexOf(row);
            if (index >= 0) {
                scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private TableColumn<RunRow, RunCell> tableColumn(RunColumn column) {
        TableColumn<RunRow, RunCell> tableColumn = new TableColumn<>(column.header());
        tableColumn.setId(column.id());
        tableColumn.setCellValueFactory(features -> {
            RunRow row = features.getValue();
            return Bindings.createObjectBinding(() -> new RunCell(row, row.versionProperty().get()), row.versionProperty());
        });
        tableColumn.setComparator((a, b) -> column.comparator().compare(a.row(), b.row()));
        boolean state = column.id().equals(RunColumns.STATE);
        tableColumn.setCellFactory(c -> new ColumnCell(column, state));
        tableColumn.setPrefWidth(prefWidth(column));
        return tableColumn;
    }

    private static double prefWidth(RunColumn column) {
        return switch (column.id()) {
            case RunColumns.NUMBER -> 48;
            case RunColumns.RUN_ID -> 215;
            case RunColumns.STATE -> 105;
            case RunColumns.START -> 150;
            case RunColumns.REASON -> 260;
            case RunColumns.INTERVALS -> 75;
            default -> Math.max(95, column.header().length() * 8 + 24);
        };
    }

    /** A cell writing its column's text; the state column adds a coloured dot. */
    private static final class ColumnCell extends TableCell<RunRow, RunCell> {
        private final RunColumn column;
        private final boolean state;
        private final Circle dot = new Circle(5);

        ColumnCell(RunColumn column, boolean state) {
            this.column = column;
            this.state = state;
            if (column.kind() == RunColumn.Kind.NUMBER) {
                getStyleClass().add("number-cell");
            }
        }

        @Override
        protected void updateItem(RunCell item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(column.textOf(item.row()));
            if (state) {
                RunState runState = item.row().state();
                dot.setFill(RunStateColors.fx(runState));
                setGraphic(dot);
            }
        }
    }

    /** A row that shows whether its run is the best one. */
    private final class BestAwareRow extends TableRow<RunRow> {
        private final InvalidationListener bestChanged = o -> mark();

        BestAwareRow() {
            model.bestRunProperty().addListener(new WeakInvalidationListener(bestChanged));
        }

        @Override
        protected void updateItem(RunRow item, boolean empty) {
            super.updateItem(item, empty);
            mark();
        }

        private void mark() {
            RunRow item = getItem();
            pseudoClassStateChanged(BEST, item != null && item == model.bestRunProperty().get());
        }
    }
}
