package io.hyperdesk.gui.monitor;

import io.hyperdesk.gui.common.AfterPulse;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.best.BestRunPanel;
import io.hyperdesk.gui.monitor.parallel.ParallelCoordinatesView;
import io.hyperdesk.gui.monitor.plot.MetricPlotView;
import io.hyperdesk.gui.monitor.scatter.ParameterScatterView;
import io.hyperdesk.gui.monitor.table.FilterBar;
import io.hyperdesk.gui.monitor.table.RunRowActions;
import io.hyperdesk.gui.monitor.table.RunTableView;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The sweep monitor as one embeddable Node: the sweep's status line on top; the charts (metric
 * plot, parallel coordinates, parameter scatter) in tabs above the run table with its filters and
 * row actions; the best run and the exports on the right.
 *
 * <p>Embedding (UI thread):
 * <pre>{@code
 * SweepMonitorModel model = SweepMonitorModel.live(sweep.config(), sweep.id());
 * sweep.addListener(model.listener());
 * SweepMonitorView view = new SweepMonitorView(model,
 *         new ProjectMonitorActions(project, sweep.id(), sweep::cancelRun));
 * tab.setContent(view);          // ... and view.dispose() when the tab closes
 * }</pre>
 * For a finished sweep: {@code new SweepMonitorView(SweepMonitorModel.fromStored(stored, config),
 * new ProjectMonitorActions(project, id, RunCanceller.NONE))}.
 *
 * <p>For a live model the view runs the one 250 ms {@link Timeline} that drains the model's
 * events (DESIGN); it stops by itself once the sweep has ended and everything is drained, or on
 * {@link #dispose()}. Hidden chart tabs do not redraw.
 */
public final class SweepMonitorView extends BorderPane {

    /** How often queued sweep events are applied (DESIGN). */
    public static final Duration DRAIN_PERIOD = Duration.millis(250);

    private final SweepMonitorModel model;
    private final RunTableView table;
    private final MetricPlotView plot;
    private final ParallelCoordinatesView parallel;
    private final ParameterScatterView scatter;
    private final BestRunPanel best;
    private final TabPane charts;
    private final Timeline drain;
    private final AfterPulse rest = new AfterPulse(this::drainOnce);
    private final DrainBudget budget = new DrainBudget();
    private long longestDrainNanos;
    private boolean disposed;

    public SweepMonitorView(SweepMonitorModel model, MonitorActions actions) {
        this(model, actions, BackgroundExecutor.threads("monitor"), UiExecutor.fx());
    }

    public SweepMonitorView(SweepMonitorModel model, MonitorActions actions, BackgroundExecutor background,
                            UiExecutor ui) {
        this.model = model;
        setId("sweep-monitor");
        getStylesheets().add(SweepMonitorView.class.getResource("monitor.css").toExternalForm());
        table = new RunTableView(model);
        plot = new MetricPlotView(model, background, ui);
        parallel = new ParallelCoordinatesView(model, background, ui);
        scatter = new ParameterScatterView(model);
        best = new BestRunPanel(model, actions, List.of(plot, parallel, scatter), background, ui);

        Tab plotTab = new Tab("Metric plot", plot);
        Tab parallelTab = new Tab("Parallel coordinates", parallel);
        Tab scatterTab = new Tab("Parameter scatter", scatter);
        charts = new TabPane(plotTab, parallelTab, scatterTab);
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        charts.setId("monitor-charts");
        plot.activeProperty().bind(plotTab.selectedProperty());
        parallel.activeProperty().bind(parallelTab.selectedProperty());
        scatter.activeProperty().bind(scatterTab.selectedProperty());

        RunRowActions rowActions = new RunRowActions(model, actions, table);
        table.setContextMenu(rowActions.contextMenu());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox runs = new VBox(new FilterBar(model), table, rowActions.buttons());
        SplitPane split = new SplitPane(charts, runs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);

        ScrollPane side = new ScrollPane(best);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setMinWidth(Region.USE_PREF_SIZE);
        setTop(statusLine());
        setCenter(split);
        setRight(side);

        drain = new Timeline(new KeyFrame(DRAIN_PERIOD, e -> drainOnce()));
        drain.setCycleCount(Timeline.INDEFINITE);
        if (model.isLive()) {
            drain.play();
        }
    }

    private HBox statusLine() {
        Label summary = new Label();
        summary.setId("sweep-status");
        summary.getStyleClass().add("monitor-status");
        summary.textProperty().bind(model.status().summaryProperty());
        Label name = new Label(model.config().name() + " · " + model.sweepId());
        name.getStyleClass().add("monitor-status");
        Hyperlink warnings = new Hyperlink();
        warnings.setId("sweep-warnings");
        warnings.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.status().warnings()));
        warnings.textProperty().bind(javafx.beans.binding.Bindings.size(model.status().warnings()).asString("⚠ %d warnings"));
        warnings.setOnAction(e -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.setHeaderText("Warnings of sweep " + model.sweepId());
            alert.getDialogPane().setContent(new ListView<>(model.status().warnings()));
            alert.initOwner(getScene().getWindow());
            alert.show();
        });
        HBox line = new HBox(4, name, summary, warnings);
        line.setStyle("-fx-alignment: center-left; -fx-border-color: transparent transparent #d0d0d0 transparent;");
        return line;
    }

    /**
     * Hands this view's drain to the host's own 250 ms timer, so the window keeps one timer that
     * drains every queue (DESIGN): stops the view's timer; the host then calls {@link #drainNow()}
     * on each of its ticks.
     */
    public void useHostTimer() {
        drain.stop();
    }

    /** Applies the events queued since the last drain in one batch. UI thread. */
    public void drainNow() {
        drainOnce();
    }

    private void drainOnce() {
        if (disposed) {
            return;
        }
        long start = System.nanoTime();
        boolean changed = model.drainUpTo(budget.runs());
        if (model.hasPending()) {
            // A burst bigger than one drain: the rest follows in the next frames, not 250 ms later.
            rest.request();
        }
        // Everything the batch costs the UI thread: the model and what follows it at once (the
        // table's list, the texts); the charts redraw after the frame.
        long took = System.nanoTime() - start;
        budget.record(took, model.hasPending());
        longestDrainNanos = Math.max(longestDrainNanos, took);
        if (!changed && model.sweepState().isTerminal()) {
            drain.stop();
        }
    }

    /**
     * The longest time one drain held the UI thread (applying a batch to the model, the table's
     * list and the texts), in milliseconds; {@code reset} starts over. For benchmarks and diagnostics.
     */
    public double longestDrainMillis(boolean reset) {
        double millis = longestDrainNanos / 1e6;
        if (reset) {
            longestDrainNanos = 0;
        }
        return millis;
    }

    /** Stops the drain; call when the view is thrown away. */
    public void dispose() {
        disposed = true;
        drain.stop();
    }

    public SweepMonitorModel model() {
        return model;
    }

    public RunTableView table() {
        return table;
    }

    public MetricPlotView metricPlot() {
        return plot;
    }

    public ParallelCoordinatesView parallelCoordinates() {
        return parallel;
    }

    public ParameterScatterView scatter() {
        return scatter;
    }

    public BestRunPanel bestPanel() {
        return best;
    }

    /** The chart tabs (to switch between charts). */
    public TabPane charts() {
        return charts;
    }
}
