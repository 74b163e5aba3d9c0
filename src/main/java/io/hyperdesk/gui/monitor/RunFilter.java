package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.run.RunState;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which runs the monitor shows: runs in one of {@code states}, whose id, state, reason or a
 * parameter contains {@code text} (case-insensitive), and whose value lies in every range of
 * {@code ranges} (column id to range: range filters typed in the table and brushes dragged on
 * parallel-coordinates axes are the same thing). Immutable; the {@code with…} methods return
 * changed copies.
 */
public record RunFilter(Set<RunState> states, String text, Map<String, ValueRange> ranges) {

    public RunFilter {
        states = states.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(states));
        text = text == null ? "" : text.trim();
        ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
    }

    /** Lets every run through. */
    public static RunFilter all() {
        return new RunFilter(EnumSet.allOf(RunState.class), "", Map.of());
    }

    public RunFilter withStates(Set<RunState> newStates) {
        return new RunFilter(newStates, text, ranges);
    }

    public RunFilter withText(String newText) {
        return new RunFilter(states, newText, ranges);
    }

    /** This filter with {@code range} on column {@code columnId}, replacing one it had. */
    public RunFilter withRange(String columnId, ValueRange range) {
        Map<String, ValueRange> changed = new LinkedHashMap<>(ranges);
        changed.put(columnId, range);
        return new RunFilter(states, text, changed);
    }

    public RunFilter withoutRange(String columnId) {
        Map<String, ValueRange> changed = new LinkedHashMap<>(ranges);
        changed.remove(columnId);
        return new RunFilter(states, text, changed);
    }

    /** True when {@code row} passes; {@code columns} gives each range's column by id. */
    public boolean test(RunRow row, Map<String, RunColumn> columns) {
        if (!states.contains(row.state())) {
            return false;
        }
        for (Map.Entry<String, ValueRange> range : ranges.entrySet()) {
            RunColumn column = columns.get(range.getKey());
            if (column != null && !range.getValue().contains(column.valueOf(row))) {
                return false;
            }
        }
        return text.isEmpty() || matchesText(row, columns);
    }

    private boolean matchesText(RunRow row, Map<String, RunColumn> columns) {
        String needle = text.toLowerCase(Locale.ROOT);
        for (RunColumn column : columns.values()) {
            boolean searchable = column.kind() != RunColumn.Kind.NUMBER || column.id().startsWith(RunColumns.PARAMETER_PREFIX);
            if (searchable && column.textOf(row).toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
