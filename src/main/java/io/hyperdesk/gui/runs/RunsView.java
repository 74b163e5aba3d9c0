package io.hyperdesk.gui.runs;

import io.hyperdesk.gui.common.Glyph;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The Runs tab: a strip with the shown sweep, its progress (runs done of total, elapsed of
 * max_duration_minutes) and Cancel, over the monitor area: the monitor of the shown sweep, put in
 * with {@link #setMonitor(Node)}, or a hint when no sweep is shown.
 */
public final class RunsView extends BorderPane {

    private final StackPane monitorArea = new StackPane();

    /** @param cancel what the Cancel button does (the window asks nothing; cancel is cheap to repeat) */
    public RunsView(RunsViewModel runs, Runnable cancel) {
        getStyleClass().add("runs");
        Label heading = new Label();
        heading.setId("runsHeading");
        heading.getStyleClass().add("card-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            ShownSweep shown = runs.shownProperty().get();
            return shown == null ? "Runs" : shown.sweepId();
        }, runs.shownProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("runsProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(runs.progressProperty());
        Label progressText = new Label();
        progressText.setId("runsProgressText");
        progressText.textProperty().bind(runs.progressTextProperty());
        progressText.setMinWidth(0);
        Label elapsed = new Label();
        elapsed.setId("runsElapsed");
        elapsed.getStyleClass().add("hint");
        elapsed.textProperty().bind(runs.elapsedTextProperty());
        elapsed.setMinWidth(Region.USE_PREF_SIZE);
        Label live = new Label("live");
        live.getStyleClass().addAll("state-badge", "state-running");
        live.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> runs.shownProperty().get() != null && runs.shownProperty().get().live() && runs.isRunning(),
                runs.shownProperty(), runs.runningProperty()));
        live.managedProperty().bind(live.visibleProperty());
        live.setMinWidth(Region.USE_PREF_SIZE);
        Button cancelButton = new Button("Cancel sweep", Glyph.STOP.node(12));
        cancelButton.setId("cancelRuns");
        cancelButton.getStyleClass().add("danger-button");
        cancelButton.disableProperty().bind(runs.runningProperty().not());
        cancelButton.setOnAction(e -> cancel.run());
        cancelButton.setMinWidth(Region.USE_PREF_SIZE);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox strip = new HBox(12, heading, live, spacer, progressText, progress, elapsed, cancelButton);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("runs-strip");
        monitorArea.setId("monitorArea");
        showNoSweep();
        setTop(strip);
        setCenter(monitorArea);
    }

    /**
     * Puts the monitor's views (run table, metric plots, parallel coordinates) in place of the
     * simple run list. They follow the shown sweep through {@link RunsViewModel#shownProperty()} and
     * live batches through {@link RunsViewModel#addLiveListener}.
     */
    public void setMonitor(Node monitor) {
        monitorArea.getChildren().setAll(monitor);
    }

    /** Shows what to do when no sweep is shown, in place of a monitor. */
    public void showNoSweep() {
        Label none = new Label("Pick a sweep in the list, or start one from the designer.");
        none.setId("noSweepShown");
        none.getStyleClass().add("hint");
        monitorArea.getChildren().setAll(none);
    }
}
