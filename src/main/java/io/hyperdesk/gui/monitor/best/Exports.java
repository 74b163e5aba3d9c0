package io.hyperdesk.gui.monitor.best;

import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.MonitorActions;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Writes the monitor's exports where the user chooses: the best configuration (read in the
 * background through {@link MonitorActions#bestConfigurationJson()}, so byte for byte what
 * {@code best} prints), all runs as CSV, a chart as PNG. Reports the outcome in a status label.
 */
public final class Exports {

    private final SweepMonitorModel model;
    private final MonitorActions actions;
    private final Node anchor;
    private final BackgroundExecutor background;
    private final UiExecutor ui;
    private final Label status = new Label();

    Exports(SweepMonitorModel model, MonitorActions actions, Node anchor, BackgroundExecutor background, UiExecutor ui) {
        this.model = model;
        this.actions = actions;
        this.anchor = anchor;
        this.background = background;
        this.ui = ui;
        status.setWrapText(true);
        status.setId("export-status");
        status.getStyleClass().add("hint");
    }

    Label status() {
        return status;
    }

    private Optional<Path> choose(String title, String name) {
        return actions.chooseSaveFile(anchor.getScene() == null ? null : anchor.getScene().getWindow(), title, name);
    }

    /** Asks for a file and writes the best-configuration JSON to it, off the UI thread. */
    public void exportBest() {
        choose("Export best configuration", model.sweepId() + "-best.json").ifPresent(file -> {
            status.setText("Exporting…");
            background.execute(() -> {
                String message;
                try {
                    Optional<String> json = actions.bestConfigurationJson();
                    if (json.isPresent()) {
                        Files.writeString(file, json.get(), StandardCharsets.UTF_8);
                        message = "Saved " + file;
                    } else {
                        message = "No run has a finite " + model.primaryMetric().name() + " value yet; nothing exported.";
                    }
                } catch (IOException | RuntimeException e) {
                    message = "Could not save " + file + ": " + e.getMessage();
                }
                String text = message;
                ui.execute(() -> status.setText(text));
            });
        });
    }

    /** Asks for a file and writes every run as CSV (built on the UI thread, written in the background). */
    public void exportCsv() {
        choose("Export all runs as CSV", model.sweepId() + "-runs.csv").ifPresent(file -> {
            StringWriter csv = new StringWriter();
            try {
                RunsCsv.write(model, csv);
            } catch (IOException e) {
                status.setText("Could not build the CSV: " + e.getMessage());
                return;
            }
            background.execute(() -> {
                String message;
                try {
                    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
                    message = "Saved " + file;
                } catch (IOException e) {
                    message = "Could not save " + file + ": " + e.getMessage();
                }
                String text = message;
                ui.execute(() -> status.setText(text));
            });
        });
    }

    /** Asks for a file and saves the chart as PNG. */
    public void savePng(ChartImage chart) {
        choose("Save chart as PNG", model.sweepId() + "-" + chart.imageName() + ".png").ifPresent(file -> {
            try {
                chart.savePng(file);
                status.setText("Saved " + file);
            } catch (IOException | RuntimeException e) {
                status.setText("Could not save " + file + ": " + e.getMessage());
            }
        });
    }
}
