package io.hyperdesk.gui.monitor.table;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.common.AfterPulse;
import io.hyperdesk.gui.monitor.RunColumn;
import io.hyperdesk.gui.monitor.RunColumns;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.RunStateColors;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
 * <p>A table made for a sweep with no runs yet lays out made-up runs, invisibly, before the first
 * real run: its cells exist then, and the code that fills them has run often enough to be compiled.
 * While it does, {@link #getItems()} holds the made-up runs every other frame.
 */
public final class RunTableView extends TableView<RunRow> {

    private static final PseudoClass BEST = PseudoClass.getPseudoClass("best-run");

    /** Made-up rows laid out so the cells exist before the first run: more than a screenful. */
    private static final int PREPARED_ROWS = 40;

    /**
     * How often the made-up rows fill the cells and leave them again before the table shows. The
     * first real runs do the same; done once, their frame ran cold code for 50-110 ms on two cores
     * (docs/bench/monitor.md), done eight times it runs compiled code.
     */
    static final int PREPARATION_ROUNDS = 8;

    private final SweepMonitorModel model;
    private final SortedList<RunRow> sorted;
    private boolean syncing;
    /** The made-up rows while the table prepares, else null. */
    private ObservableList<RunRow> madeUp;
    private int roundsLeft;
    private final AfterPulse nextPreparationStep = new AfterPulse(this::prepareNext);

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
            // A sweep about to run: the table's first layouts make (and style) a screenful of
            // cells on made-up runs and empty them again, then show the real list; the first
            // batch of runs then fills warm cells instead of making them in the middle of a live
            // sweep. Invisible until the made-up runs are gone: nobody sees them, not even for a frame.
            madeUp = FXCollections.observableArrayList(model.sampleRows(PREPARED_ROWS));
            roundsLeft = PREPARATION_ROUNDS;
            setItems(madeUp);
            setOpacity(0);
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
        if (madeUp != null) {
            // Not here: a layout requested during a layout pass is lost at its end.
            nextPreparationStep.request();
        }
    }

    /**
     * One step of the preparation, after the frame that laid out the last: made-up rows laid out give way to the real
     * list; the real list laid out gets the made-up rows again, or, after the last round or once a
     * real run has arrived, shows.
     */
    private void prepareNext() {
        if (getItems() == madeUp) {
            roundsLeft--;
            setItems(sorted);
        } else if (roundsLeft > 0 && model.rows().isEmpty()) {
            setItems(madeUp);
        } else {
            madeUp = null;
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
