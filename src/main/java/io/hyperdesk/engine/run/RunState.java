package io.hyperdesk.engine.run;

/** The life cycle of a run. */
public enum RunState {
    /** Generated and stored, its process not started yet. */
    QUEUED,
    /** Its process is running. */
    RUNNING,
    /** The process exited with code 0. */
    COMPLETED,
    /** The process exited non-zero or could not be started; its metrics stay. */
    FAILED,
    /** Stopped by a policy, a limit or the user; the reason is recorded. */
    CANCELED,
    /** Was going when the app or machine died (SPEC W4); resumable, not lost. */
    INTERRUPTED;

    /** True for the states a run never leaves. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED || this == INTERRUPTED;
    }

    /** The display name, e.g. {@code Completed}. */
    public String displayName() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
