package io.hyperdesk.gui.monitor.table;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window with a run's stdout.log and stderr.log, each followed while it grows. */
public final class LogWindow {

    private LogWindow() {
    }

    /**
     * Opens the window over {@code owner}, showing {@code stderr.log} first when asked.
     *
     * @return the window, already shown
     */
    public static Stage open(Window owner, String runId, Path runFolder, boolean stderrFirst) {
        LogView out = new LogView(runFolder.resolve("stdout.log"));
        LogView err = new LogView(runFolder.resolve("stderr.log"));
        Tab outTab = new Tab("stdout.log", out);
        Tab errTab = new Tab("stderr.log", err);
        TabPane tabs = new TabPane(outTab, errTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (stderrFirst) {
            tabs.getSelectionModel().select(errTab);
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Log of run " + runId);
        stage.setScene(new Scene(tabs, 820, 520));
        stage.setOnHidden(e -> {
            out.stop();
            err.stop();
        });
        stage.show();
        return stage;
    }
}
