package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.MetricSeries;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.RunRecord;
import io.hyperdesk.engine.sweep.RunSummary;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One run as the monitor shows it (SPEC V1): read-only properties the table binds to, and the
 * run's metric series for the charts. Changed only by {@link SweepMonitorModel} on the UI thread,
 * once per drain.
 */
public final class RunRow {

    private final RunRecord record;
    private final Goal goal;
    private final String primaryMetric;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.QUEUED);
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyDoubleWrapper last = new ReadOnlyDoubleWrapper(this, "last", Double.NaN);
    private final ReadOnlyDoubleWrapper best = new ReadOnlyDoubleWrapper(this, "best", Double.NaN);
    private final ReadOnlyIntegerWrapper intervals = new ReadOnlyIntegerWrapper(this, "intervals");
    private final ReadOnlyLongWrapper startedAt = new ReadOnlyLongWrapper(this, "startedAt");
    private final ReadOnlyLongWrapper durationMillis = new ReadOnlyLongWrapper(this, "durationMillis");
    private long endedAtMillis;
    private long bestAtMillis;
    private Map<String, MetricSeries> metrics = Map.of();
    private boolean visible = true;
    private int index = -1;
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");

    RunRow(RunRecord record, Goal goal, String primaryMetric) {
        this.record = record;
        this.goal = goal;
        this.primaryMetric = primaryMetric;
    }

    /** Takes over a newer picture of the run; {@code nowMillis} ages a running run's duration. */
    void apply(RunUpdate update, long nowMillis) {
        state.set(update.state());
        reason.set(update.reason());
        metrics = update.metrics();
        endedAtMillis = update.endedAtMillis();
        startedAt.set(update.startedAtMillis());
        MetricSeries primary = primarySeries();
        last.set(primary.last());
        best.set(primary.best(goal));
        intervals.set(primary.intervals());
        int bestInterval = primary.bestInterval(goal);
        bestAtMillis = bestInterval == 0 ? 0 : primary.timeAt(bestInterval);
        age(nowMillis);
        version.set(version.get() + 1);
    }

    /** Brings a running run's duration up to {@code nowMillis}; true when it changed. */
    boolean age(long nowMillis) {
        long start = startedAt.get();
        long duration = 0;
        if (start != 0) {
            long end = endedAtMillis != 0 ? endedAtMillis : (state.get().isTerminal() ? start : nowMillis);
            duration = Math.max(0, end - start);
        }
        if (duration == durationMillis.get()) {
            return false;
        }
        durationMillis.set(duration);
        version.set(version.get() + 1);
        return true;
    }

    /** Bumped whenever anything the row shows changed; table cells follow it. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    int index() {
        return index;
    }

    void setIndex(int index) {
        this.index = index;
    }

    public RunRecord record() {
        return record;
    }

    public String runId() {
        return record.runId();
    }

    /** The run number, from 0 in generation order. */
    public int number() {
        return record.number();
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public RunState state() {
        return state.get();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The last primary value; NaN when none. */
    public ReadOnlyDoubleProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** The run's score (SPEC M3); NaN when no finite value. */
    public ReadOnlyDoubleProperty bestProperty() {
        return best.getReadOnlyProperty();
    }

    public double score() {
        return best.get();
    }

    public ReadOnlyIntegerProperty intervalsProperty() {
        return intervals.getReadOnlyProperty();
    }

    /** Epoch milliseconds when it started running; 0 when it has not. */
    public ReadOnlyLongProperty startedAtProperty() {
        return startedAt.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty durationMillisProperty() {
        return durationMillis.getReadOnlyProperty();
    }

    /** The series of one metric; empty when the run never logged it. */
    public MetricSeries series(String metric) {
        return metrics.getOrDefault(metric, MetricSeries.empty());
    }

    /** The primary metric's series: one value per interval (SPEC M2). */
    public MetricSeries primarySeries() {
        return series(primaryMetric);
    }

    /** Every metric logged, name to series. */
    public Map<String, MetricSeries> metrics() {
        return metrics;
    }

    /** Whether the model's filters let this run through. */
    public boolean isVisible() {
        return visible;
    }

    /** Sets the filters' verdict; true when it changed. */
    boolean setVisible(boolean visible) {
        boolean changed = this.visible != visible;
        this.visible = visible;
        return changed;
    }

    /** The run as the best-run rule sees it (SPEC M3, M4). */
    RunSummary summary() {
        Optional<Instant> start = startedAt.get() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(startedAt.get()));
        Optional<Instant> end = endedAtMillis == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(endedAtMillis));
        return new RunSummary(record, state.get(), reason.get(), start, end, intervals.get(), last.get(), best.get(),
                bestAtMillis);
    }

    @Override
    public String toString() {
        return record.runId();
    }
}
