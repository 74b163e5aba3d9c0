package io.hyperdesk.gui.monitor.best;

import io.hyperdesk.engine.space.NumberText;
import io.hyperdesk.engine.sweep.RunCommand;
import io.hyperdesk.gui.common.AfterPulse;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.CellFormat;
import io.hyperdesk.gui.monitor.MonitorActions;
import io.hyperdesk.gui.monitor.RunRow;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.table.RunRowActions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The best run (SPEC M3, M4): its score, parameters and command line, and the exports — the
 * best-configuration JSON (the same document as {@code best}), every run as CSV, any chart as
 * PNG. Follows the model's best run live.
 */
public final class BestRunPanel extends VBox {

    private static final String NO_BEST = "No run has logged the primary metric yet.";

    private final SweepMonitorModel model;
    private final Label score = new Label("—");
    private final Label which = new Label(NO_BEST);
    private final GridPane parameters = new GridPane();
    /** The value label of each parameter row, by parameter name; rows are made once and then updated. */
    private final Map<String, Label> parameterValues = new LinkedHashMap<>();
    private final TextArea command = new TextArea();
    private final Exports exports;
    private RunRow shownRun;
    private long shownVersion = -2;

    public BestRunPanel(SweepMonitorModel model, MonitorActions actions, List<ChartImage> charts,
                        BackgroundExecutor background, UiExecutor ui) {
        this.model = model;
        this.exports = new Exports(model, actions, this, background, ui);
        getStyleClass().add("best-panel");
        setId("best-panel");
        setMinWidth(250);
        setPrefWidth(290);
        Label title = new Label("Best run · " + model.primaryMetric().name() + " ("
                + model.primaryMetric().goal().jsonName() + ")");
        title.getStyleClass().add("best-title");
        title.setWrapText(true);
        score.getStyleClass().add("best-score");
        score.setId("best-score");
        // Tooltips are made once: a new Tooltip per best score cost a burst's drain several ms.
        score.setTooltip(new Tooltip(NO_BEST));
        which.setWrapText(true);
        parameters.setHgap(10);
        parameters.setVgap(3);
        parameters.setId("best-parameters");
        // One row per parameter of the space from the start: the panel keeps its height when the
        // first best run arrives, and a new best run only changes texts.
        model.config().space().names().forEach(this::parameterValue);
        command.setEditable(false);
        command.setWrapText(true);
        command.setPrefRowCount(4);
        command.setId("best-command");
        command.setStyle("-fx-font-family: monospace;");
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(command.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button show = new Button("Select");
        show.setOnAction(e -> model.selectedRunProperty().set(model.bestRunProperty().get()));
        copy.disableProperty().bind(model.bestRunProperty().isNull());
        show.disableProperty().bind(model.bestRunProperty().isNull());

        Button exportBest = new Button("Export best configuration…");
        exportBest.setId("export-best");
        exportBest.setMaxWidth(Double.MAX_VALUE);
        exportBest.disableProperty().bind(model.bestRunProperty().isNull());
        exportBest.setOnAction(e -> exports.exportBest());
        Button exportCsv = new Button("Export all runs as CSV…");
        exportCsv.setId("export-csv");
        exportCsv.setMaxWidth(Double.MAX_VALUE);
        exportCsv.setOnAction(e -> exports.exportCsv());
        MenuButton savePng = new MenuButton("Save chart as PNG");
        savePng.setId("save-png");
        savePng.setMaxWidth(Double.MAX_VALUE);
        for (ChartImage chart : charts) {
            MenuItem item = new MenuItem(title(chart.imageName()));
            item.setOnAction(e -> exports.savePng(chart));
            savePng.getItems().add(item);
        }
        Label parametersLabel = new Label("Parameters");
        parametersLabel.getStyleClass().add("section-label");
        Label commandLabel = new Label("Command line");
        commandLabel.getStyleClass().add("section-label");
        Label exportsLabel = new Label("Export");
        exportsLabel.getStyleClass().add("section-label");
        getChildren().addAll(title, score, which, new HBox(8, show, copy), parametersLabel, parameters,
                commandLabel, command, exportsLabel, exportBest, exportCsv, savePng, exports.status());
        // After the drain's frame, like the charts: the drain's frame lays out the table alone.
        AfterPulse refresh = new AfterPulse(() -> show(model.bestRunProperty().get()));
        model.bestRunProperty().addListener(o -> refresh.request());
        model.revisionProperty().addListener(o -> refresh.request());
        show(model.bestRunProperty().get());
    }

    private static String title(String imageName) {
        String spaced = imageName.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * Follows the best run by changing texts only, so a drain does not recreate (and re-style and
     * re-lay-out) the panel: a new best run sets the parameter values and the command line; the
     * same run still going only its score and progress.
     */
    private void show(RunRow best) {
        long version = best == null ? -1 : best.versionProperty().get();
        if (best == shownRun && version == shownVersion) {
            return;
        }
        boolean newRun = best != shownRun;
        shownRun = best;
        shownVersion = version;
        if (best == null) {
            parameterValues.values().forEach(value -> showValue(value, null));
            score.setText("—");
            score.getTooltip().setText(NO_BEST);
            which.setText(NO_BEST);
            command.setText("");
            return;
        }
        // Rounded for reading; the exact value is in the tooltip, the export and the command line.
        score.setText(CellFormat.number(best.score()));
        score.getTooltip().setText(NumberText.shortest(best.score()));
        which.setText("Run " + best.number() + " (" + best.state().displayName() + ")\nreached at interval "
                + best.primarySeries().bestInterval(model.primaryMetric().goal()) + " of "
                + best.intervalsProperty().get() + "\n" + best.runId());
        if (newRun) {
            showParameters(best);
            command.setText(RunRowActions.commandLine(model, best));
        }
    }

    private void showParameters(RunRow best) {
        Map<String, Object> values = best.record().parameters().values();
        parameterValues.forEach((name, label) -> showValue(label, values.get(name)));
        values.forEach((name, value) -> showValue(parameterValue(name), value));
    }

    /** The value label of a parameter's row, made (with its name, showing "—") on first use. */
    private Label parameterValue(String name) {
        return parameterValues.computeIfAbsent(name, n -> {
            Label nameLabel = new Label(n);
            nameLabel.getStyleClass().add("best-parameter-name");
            Label value = new Label("—");
            value.getStyleClass().add("best-parameter-value");
            value.setTooltip(new Tooltip(NO_BEST));
            parameters.addRow(parameterValues.size(), nameLabel, value);
            return value;
        });
    }

    /** Rounded for reading; the exact value (as on the command line) in the tooltip. Null: "—". */
    private static void showValue(Label label, Object value) {
        label.setText(value == null ? "—" : CellFormat.parameter(value));
        label.getTooltip().setText(value == null ? NO_BEST : RunCommand.formatValue(value));
    }

    /** The export actions, for tests that bypass the file dialog. */
    public Exports exports() {
        return exports;
    }
}
