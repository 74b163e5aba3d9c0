package io.hyperdesk.engine.policy;

import java.util.Objects;

/**
 * A policy's verdict on a run at one interval.
 *
 * @param cancel true to cancel the run
 * @param reason for a cancel, a sentence a person can read: the policy, the interval, the run's
 *               value and the threshold it missed, and how many runs it was compared with
 *               (SPEC T2); empty for continue
 */
public record Decision(boolean cancel, String reason) {

    private static final Decision CONTINUE = new Decision(false, "");

    public Decision {
        Objects.requireNonNull(reason, "reason");
    }

    public static Decision continueRun() {
        return CONTINUE;
    }

    public static Decision cancel(String reason) {
        return new Decision(true, reason);
    }
}
