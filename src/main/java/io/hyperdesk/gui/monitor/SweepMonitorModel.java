package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.run.SweepHistory;
import io.hyperdesk.engine.sampling.Sampler;
import io.hyperdesk.engine.sampling.Samplers;
import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.BestRun;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepEvent;
import io.hyperdesk.engine.sweep.SweepListener;
import io.hyperdesk.engine.sweep.SweepState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The view model of the sweep monitor: the sweep's runs as observable rows, the filters
 * (states, text, column ranges and parallel-coordinates brushes, top k), the selected run and
 * the best run (SPEC M3, M4). Tested without a toolkit.
 *
 * <p>Embedding: for a live sweep,
 * <pre>{@code
 * SweepMonitorModel model = SweepMonitorModel.live(sweep.config(), sweep.id());
 * sweep.addListener(model.listener());           // before sweep.run()
 * Node view = new SweepMonitorView(model, new ProjectMonitorActions(project, sweep.id(), sweep::cancelRun));
 * }</pre>
 * for a finished sweep, {@code SweepMonitorModel.fromStored(project.loadSweep(id).get(), config)}
 * (may be built on a background thread, then handed to the UI thread), and for a sweep being
 * resumed, {@code SweepMonitorModel.resumed(stored, config)} plus {@code sweep.addListener(model.listener())}.
 * The config of a stored sweep: {@code SweepFileReader.parse(stored.configJson(), stored.summary().name())}.
 *
 * <p>Threading (DESIGN): {@link #listener()} may be called on any thread; it only folds events
 * into an inbox. Everything else is for the UI thread: {@link #drain()} — called every 250 ms by
 * the view's one Timeline — applies what arrived as one batch and then bumps
 * {@link #revisionProperty()} once; charts redraw on {@link #chartRevisionProperty()}.
 */
public final class SweepMonitorModel {

    /** The most runs one {@link #drain()} applies: about 15 ms of the UI thread for new runs. */
    public static final int RUNS_PER_DRAIN = 250;

    private final SweepConfig config;
    private final String sweepId;
    private final MonitorInbox inbox;
    private final LongSupplier clock;
    private final List<RunColumn> columns;
    private final Map<String, RunColumn> columnsById = new LinkedHashMap<>();
    private final RunRowList rows = new RunRowList();
    private final FilteredList<RunRow> visibleRows = new FilteredList<>(rows, RunRow::isVisible);
    private final Map<String, RunRow> rowsById = new HashMap<>();
    private final ObjectProperty<RunFilter> filter = new SimpleObjectProperty<>(this, "filter", RunFilter.all());
    private final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", 0);
    private final ObjectProperty<RunRow> selectedRun = new SimpleObjectProperty<>(this, "selectedRun");
    private final ReadOnlyObjectWrapper<RunRow> bestRun = new ReadOnlyObjectWrapper<>(this, "bestRun");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper chartRevision = new ReadOnlyLongWrapper(this, "chartRevision");
    private final ObservableList<String> metricNames = FXCollections.observableArrayList();
    private final SweepStatus status = new SweepStatus();
    /** The last drain was full and left runs that had changed (see {@link #hasPending()}). */
    private boolean backlog;

    private SweepMonitorModel(SweepConfig config, String sweepId, boolean live, LongSupplier clock) {
        this.config = config;
        this.sweepId = sweepId;
        this.inbox = live ? new MonitorInbox() : null;
        this.clock = clock;
        this.columns = RunColumns.of(config);
        columns.forEach(column -> columnsById.put(column.id(), column));
        metricNames.add(config.primaryMetric().name());
        filter.addListener((o, old, now) -> refilter());
        topK.addListener((o, old, now) -> refilter());
    }

    /** A monitor for a sweep about to run; feed it through {@link #listener()}. */
    public static SweepMonitorModel live(SweepConfig config, String sweepId) {
        return live(config, sweepId, System::currentTimeMillis);
    }

    /** As {@link #live(SweepConfig, String)}, with the clock that ages running runs' durations. */
    public static SweepMonitorModel live(SweepConfig config, String sweepId, LongSupplier clock) {
        SweepMonitorModel model = new SweepMonitorModel(config, sweepId, true, clock);
        model.status.started();
        return model;
    }

    /** A finished (or interrupted) sweep read back from the store, complete; nothing is re-run. */
    public static SweepMonitorModel fromStored(StoredSweep sweep, SweepConfig config) {
        SweepMonitorModel model = new SweepMonitorModel(config, sweep.summary().id(), false, System::currentTimeMillis);
        model.status.ended(sweep.summary().state(), sweep.summary().reason());
        model.apply(updates(sweep));
        return model;
    }

    /**
     * A sweep about to be resumed: its runs so far from the store, then its live events (a resumed
     * sweep does not repeat the events of runs it already had). Feed it through {@link #listener()}.
     */
    public static SweepMonitorModel resumed(StoredSweep sweep, SweepConfig config) {
        SweepMonitorModel model = live(config, sweep.summary().id());
        model.apply(updates(sweep));
        return model;
    }

    private static List<RunUpdate> updates(StoredSweep sweep) {
        return sweep.runs().stream().map(RunUpdate::of).toList();
    }

    /**
     * {@code count} made-up runs of this sweep's space (random parameters, no values), in no list
     * and seen by no chart: for a view to make its cells before the first real run arrives.
     */
    public List<RunRow> sampleRows(int count) {
        Sampler sampler = Samplers.create(config.space(), SamplingMethod.RANDOM, OptionalLong.of(1), count);
        SweepHistory history = SweepHistory.empty(config.primaryMetric());
        List<RunRow> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<Configuration> parameters = sampler.next(history);
            if (parameters.isEmpty()) {
                break;
            }
            RunRecord record = new RunRecord(sweepId, sweepId + "_sample_" + i, i, parameters.get(), Optional.empty(),
                    Instant.EPOCH);
            samples.add(new RunRow(record, config.primaryMetric().goal(), config.primaryMetric().name()));
        }
        return samples;
    }

    /**
     * True when the last drain was full and left runs that had already changed for the next one
     * (a burst); changes that arrive while the batch is applied wait for the next regular drain.
     * UI thread.
     */
    public boolean hasPending() {
        return backlog;
    }

    /** Queues a sweep's events for the next drain; thread-safe, returns at once. */
    public SweepListener listener() {
        if (inbox == null) {
            throw new IllegalStateException("sweep " + sweepId + " is read from the store; it has no live events");
        }
        return inbox::accept;
    }

    /** True for a sweep that is followed live (its runs may be canceled). */
    public boolean isLive() {
        return inbox != null;
    }

    /** Drains up to {@link #RUNS_PER_DRAIN} runs: {@link #drainUpTo}. */
    public boolean drain() {
        return drainUpTo(RUNS_PER_DRAIN);
    }

    /**
     * Applies the events queued since the last drain as one batch: every run that changed, up to
     * {@code maxRuns}; the rest wait for the next call ({@link #hasPending()}), so a burst of a
     * thousand new runs reaches the views over a few frames instead of freezing one. UI thread.
     * Returns true when something changed.
     */
    public boolean drainUpTo(int maxRuns) {
        if (inbox == null) {
            return false;
        }
        MonitorBatch batch = inbox.take(maxRuns);
        backlog = batch.more();
        batch.started().ifPresent(started -> status.started());
        batch.warnings().forEach(warning -> status.warn(warning.runId(), warning.message()));
        batch.ended().ifPresent(ended -> status.ended(ended.state(), ended.reason()));
        if (!batch.runs().isEmpty() || status.running() > 0) {
            apply(batch.runs());
            return true;
        }
        if (!batch.isEmpty()) {
            status.count(rows, bestRun.get());
            nextRevision();
            return true;
        }
        return false;
    }

    private void apply(List<RunUpdate> updates) {
        long now = clock.getAsLong();
        List<RunRow> added = new ArrayList<>();
        BitSet changed = new BitSet();
        for (RunUpdate update : updates) {
            RunRow row = rowsById.get(update.record().runId());
            if (row == null) {
                row = new RunRow(update.record(), config.primaryMetric().goal(), config.primaryMetric().name());
                rowsById.put(row.runId(), row);
                added.add(row);
            } else {
                changed.set(row.index());
            }
            row.apply(update, now);
            for (String metric : update.metrics().keySet()) {
                if (!metricNames.contains(metric)) {
                    metricNames.add(metric);
                }
            }
        }
        for (RunRow row : rows) {
            if (row.state() == RunState.RUNNING && row.age(now)) {
                changed.set(row.index());
            }
        }
        List<RunRow> all = new ArrayList<>(rows);
        all.addAll(added);
        bestRun.set(BestRun.select(all.stream().map(RunRow::summary).toList(), config.primaryMetric().goal())
                .map(summary -> rowsById.get(summary.record().runId())).orElse(null));
        updateVisibility(all, changed);
        // One list change for the rows that changed, one for the new rows: filtered and sorted
        // views re-test and re-sort once per batch.
        changed.clear(rows.size(), Integer.MAX_VALUE);
        rows.updated(changed);
        rows.append(added);
        status.count(all, bestRun.get());
        nextRevision();
    }

    private void refilter() {
        BitSet changed = new BitSet();
        updateVisibility(rows, changed);
        rows.updated(changed);
        nextRevision();
    }

    /** Recomputes every row's visibility and marks the rows (by index) whose visibility flipped. */
    private void updateVisibility(List<RunRow> all, BitSet changed) {
        RunFilter current = filter.get();
        List<RunRow> passing = new ArrayList<>();
        for (RunRow row : all) {
            if (current.test(row, columnsById)) {
                passing.add(row);
            }
        }
        Set<RunRow> top = topK.get() > 0 ? TopRuns.of(passing, config.primaryMetric().goal(), topK.get()) : null;
        Set<RunRow> passed = new HashSet<>(passing);
        for (RunRow row : all) {
            boolean visible = passed.contains(row) && (top == null || top.contains(row));
            if (row.setVisible(visible) && row.index() >= 0) {
                changed.set(row.index());
            }
        }
    }

    public SweepConfig config() {
        return config;
    }

    public String sweepId() {
        return sweepId;
    }

    public PrimaryMetric primaryMetric() {
        return config.primaryMetric();
    }

    /** The table's columns (also the CSV's, the range filters' and the parallel axes'). */
    public List<RunColumn> columns() {
        return columns;
    }

    /** The column with {@code id}; throws when unknown. */
    public RunColumn column(String id) {
        RunColumn column = columnsById.get(id);
        if (column == null) {
            throw new IllegalArgumentException("no column '" + id + "'; columns are " + columnsById.keySet());
        }
        return column;
    }

    /** Every run in generation order. */
    public ObservableList<RunRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The runs the filters let through, in generation order. */
    public ObservableList<RunRow> visibleRows() {
        return visibleRows;
    }

    /** The run with {@code runId}, or null. */
    public RunRow row(String runId) {
        return rowsById.get(runId);
    }

    public ObjectProperty<RunFilter> filterProperty() {
        return filter;
    }

    /** Shows only the k best-scored runs (after the other filters); 0 shows all. */
    public IntegerProperty topKProperty() {
        return topK;
    }

    /** Sets (or, with null, clears) the range of one column: a range filter or a brush. */
    public void setRange(String columnId, ValueRange range) {
        column(columnId);
        filter.set(range == null ? filter.get().withoutRange(columnId) : filter.get().withRange(columnId, range));
    }

    /** The run selected in any view; the views follow it. */
    public ObjectProperty<RunRow> selectedRunProperty() {
        return selectedRun;
    }

    /** This sweep's best run (SPEC M3, M4); null while no run logged a finite primary value. */
    public ReadOnlyObjectProperty<RunRow> bestRunProperty() {
        return bestRun.getReadOnlyProperty();
    }

    /** Names of every metric logged so far, the primary metric first. */
    public ObservableList<String> metricNames() {
        return FXCollections.unmodifiableObservableList(metricNames);
    }

    /** The sweep's state, run counts and warnings. */
    public SweepStatus status() {
        return status;
    }

    /** Bumped once per applied batch or filter change: the moment the table and the texts update. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Follows {@link #revisionProperty()} except while a burst is applied in parts
     * ({@link #hasPending()}): then it is bumped once, with the last part. Charts redraw on it, so a
     * burst costs them one redraw instead of one per part.
     */
    public ReadOnlyLongProperty chartRevisionProperty() {
        return chartRevision.getReadOnlyProperty();
    }

    private void nextRevision() {
        revision.set(revision.get() + 1);
        if (!backlog) {
            chartRevision.set(revision.get());
        }
    }

    /** The sweep's state now: running until its end event (or as stored). */
    public SweepState sweepState() {
        return status.stateProperty().get();
    }
}
