package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.SweepState;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sweep's line in the monitor: its state, why it ended, how many runs are in each state, and
 * the warnings it reported (malformed metric lines, launch failures). UI thread.
 */
public final class SweepStatus {

    /** Warnings kept; older ones are dropped so a flood cannot fill memory. */
    static final int MAX_WARNINGS = 500;

    private final ReadOnlyObjectWrapper<SweepState> state = new ReadOnlyObjectWrapper<>(this, "state", SweepState.RUNNING);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final Map<RunState, Integer> counts = new EnumMap<>(RunState.class);
    private String reason = "";

    void started() {
        state.set(SweepState.RUNNING);
        reason = "";
    }

    void ended(SweepState endState, String endReason) {
        state.set(endState);
        reason = endReason == null ? "" : endReason;
        summary.set(text(null));
    }

    void warn(String runId, String message) {
        if (warnings.size() == MAX_WARNINGS) {
            warnings.remove(0);
        }
        warnings.add(runId == null || runId.isEmpty() ? message : runId + ": " + message);
    }

    void count(Collection<RunRow> rows, RunRow best) {
        counts.clear();
        for (RunRow row : rows) {
            counts.merge(row.state(), 1, Integer::sum);
        }
        summary.set(text(best));
    }

    private String text(RunRow best) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder(state.get().displayName());
        if (!reason.isEmpty()) {
            text.append(" (").append(reason).append(')');
        }
        text.append(" · ").append(total).append(total == 1 ? " run" : " runs");
        String separator = ": ";
        for (Map.Entry<RunState, Integer> count : counts.entrySet()) {
            text.append(separator).append(count.getValue()).append(' ').append(count.getKey().displayName().toLowerCase(java.util.Locale.ROOT));
            separator = ", ";
        }
        if (best != null) {
            text.append(" · best ").append(CellFormat.number(best.score())).append(" (run ").append(best.number()).append(')');
        }
        return text.toString();
    }

    /** How many runs are running now. */
    public int running() {
        return counts.getOrDefault(RunState.RUNNING, 0);
    }

    public ReadOnlyObjectProperty<SweepState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** E.g. {@code Running · 12 runs: 2 running, 9 completed, 1 canceled · best 0.973 (run 5)}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The sweep's warnings, oldest first, each prefixed with its run id. */
    public ObservableList<String> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }
}
