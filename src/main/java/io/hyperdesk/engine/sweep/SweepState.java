package io.hyperdesk.engine.sweep;

/** The life cycle of a sweep. */
public enum SweepState {
    RUNNING,
    /** Ended at a limit or with the space exhausted. */
    COMPLETED,
    /** Canceled by the user. */
    CANCELED,
    /** Could not go on (every launch failed, the store failed, …). */
    FAILED,
    /** The app or machine died while it ran (SPEC W4); resumable. */
    INTERRUPTED;

    public boolean isTerminal() {
        return this != RUNNING;
    }

    public String displayName() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
