package io.hyperdesk.gui.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo for the designer: a list of whole-draft snapshots. Consecutive edits of the same
 * field (a run of keystrokes) merge into one step, so one undo takes back a typed word, not a
 * letter. Single-threaded (the UI thread).
 */
final class DesignHistory {

    /** How many steps back undo can go. */
    static final int LIMIT = 200;

    private final List<SweepDraft> steps = new ArrayList<>();
    private int index = -1;
    private String lastKey;

    /** Starts over from {@code draft} (a newly loaded sweep): nothing to undo. */
    void reset(SweepDraft draft) {
        steps.clear();
        steps.add(draft);
        index = 0;
        lastKey = null;
    }

    /**
     * Records the draft after an edit of field {@code key}; null keys never merge. Drops the
     * steps that could have been redone.
     */
    void record(SweepDraft draft, String key) {
        if (index >= 0 && steps.get(index).equals(draft)) {
            return;
        }
        while (steps.size() > index + 1) {
            steps.remove(steps.size() - 1);
        }
        if (key != null && key.equals(lastKey) && index > 0) {
            steps.set(index, draft);
            return;
        }
        steps.add(draft);
        index++;
        if (steps.size() > LIMIT) {
            steps.remove(0);
            index--;
        }
        lastKey = key;
    }

    Optional<SweepDraft> undo() {
        if (!canUndo()) {
            return Optional.empty();
        }
        lastKey = null;
        return Optional.of(steps.get(--index));
    }

    Optional<SweepDraft> redo() {
        if (!canRedo()) {
            return Optional.empty();
        }
        lastKey = null;
        return Optional.of(steps.get(++index));
    }

    boolean canUndo() {
        return index > 0;
    }

    boolean canRedo() {
        return index >= 0 && index < steps.size() - 1;
    }

    /** The current step. */
    SweepDraft current() {
        return Objects.requireNonNull(index >= 0 ? steps.get(index) : null, "no draft recorded yet");
    }
}
