package io.hyperdesk.gui.monitor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The model's list of rows. Read-only to others; the model appends new runs and reports the rows
 * a batch changed as ONE list change, so a filtered and sorted view of it re-tests and re-sorts
 * once per drain instead of once per row (DESIGN: batches, one redraw).
 */
final class RunRowList extends ObservableListBase<RunRow> {

    private final List<RunRow> rows = new ArrayList<>();

    @Override
    public RunRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    void append(List<RunRow> added) {
        if (added.isEmpty()) {
            return;
        }
        int from = rows.size();
        for (RunRow row : added) {
            row.setIndex(rows.size());
            rows.add(row);
        }
        beginChange();
        nextAdd(from, rows.size());
        endChange();
    }

    /** Tells listeners that the rows at these indices changed (values, state or visibility). */
    void updated(BitSet indices) {
        if (indices.isEmpty()) {
            return;
        }
        beginChange();
        for (int i = indices.nextSetBit(0); i >= 0; i = indices.nextSetBit(i + 1)) {
            nextUpdate(i);
        }
        endChange();
    }
}
