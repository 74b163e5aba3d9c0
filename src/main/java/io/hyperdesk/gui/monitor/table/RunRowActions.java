package io.hyperdesk.gui.monitor.table;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunCommand;
import io.hyperdesk.gui.monitor.CellFormat;
import io.hyperdesk.gui.monitor.MonitorActions;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * What a user can do with the selected run: open its stdout/stderr log, open its outputs folder,
 * cancel it while it runs, copy its command line. As a context menu for the table and a row of
 * buttons; both act on the model's selected run.
 */
public final class RunRowActions {

    /** The reason recorded when a user cancels a run from the monitor. */
    public static final String USER_CANCEL_REASON = "canceled by the user";

    private final SweepMonitorModel model;
    private final MonitorActions actions;
    private final Node anchor;
    private final BooleanBinding noSelection;
    private final BooleanBinding notCancelable;

    public RunRowActions(SweepMonitorModel model, MonitorActions actions, Node anchor) {
        this.model = model;
        this.actions = actions;
        this.anchor = anchor;
        noSelection = model.selectedRunProperty().isNull();
        notCancelable = Bindings.createBooleanBinding(() -> !cancelable(model.selectedRunProperty().get()),
                model.selectedRunProperty(), model.revisionProperty());
    }

    private boolean cancelable(RunRow row) {
        return row != null && actions.canCancelRuns() && row.state() == RunState.RUNNING;
    }

    public ContextMenu contextMenu() {
        MenuItem stdout = item("Open stdout log", this::openStdout);
        MenuItem stderr = item("Open stderr log", this::openStderr);
        MenuItem outputs = item("Open outputs folder", this::openOutputs);
        MenuItem copy = item("Copy command line", this::copyCommand);
        MenuItem cancel = item("Cancel run", this::cancel);
        cancel.disableProperty().bind(notCancelable);
        return new ContextMenu(stdout, stderr, outputs, copy, new SeparatorMenuItem(), cancel);
    }

    private MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.disableProperty().bind(noSelection);
        item.setOnAction(e -> action.run());
        return item;
    }

    public HBox buttons() {
        Button log = button("Log", "action-log", this::openStdout);
        Button outputs = button("Outputs folder", "action-outputs", this::openOutputs);
        Button copy = button("Copy command", "action-copy-command", this::copyCommand);
        Button cancel = button("Cancel run", "action-cancel", this::cancel);
        cancel.disableProperty().unbind();
        cancel.disableProperty().bind(notCancelable);
        HBox bar = new HBox(8, log, outputs, copy, cancel);
        bar.getStyleClass().add("monitor-toolbar");
        return bar;
    }

    private Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(noSelection);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Window window() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    public void openStdout() {
        open(false);
    }

    public void openStderr() {
        open(true);
    }

    private void open(boolean stderr) {
        RunRow row = model.selectedRunProperty().get();
        if (row != null) {
            LogWindow.open(window(), row.runId(), actions.runFolder(row.runId()), stderr);
        }
    }

    public void openOutputs() {
        RunRow row = model.selectedRunProperty().get();
        if (row != null) {
            FolderOpener.open(window(), actions.runFolder(row.runId()).resolve("outputs"));
        }
    }

    /** Puts the selected run's command line on the clipboard, quoted for a POSIX shell. */
    public void copyCommand() {
        RunRow row = model.selectedRunProperty().get();
        if (row != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(commandLine(model, row));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** The run's command line (DESIGN "Training-script protocol"), quoted for a POSIX shell. */
    public static String commandLine(SweepMonitorModel model, RunRow row) {
        return CellFormat.commandLine(RunCommand.arguments(model.config().command(), row.record().parameters()));
    }

    public void cancel() {
        RunRow row = model.selectedRunProperty().get();
        if (cancelable(row)) {
            actions.cancelRun(row.runId(), USER_CANCEL_REASON);
        }
    }
}
