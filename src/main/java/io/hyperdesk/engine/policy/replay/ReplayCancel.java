package io.hyperdesk.engine.policy.replay;

/**
 * A run the replayed policy would have canceled.
 *
 * @param runId              the run
 * @param number             its number
 * @param interval           the interval at which it would have been canceled
 * @param recordedIntervals  how many intervals it actually logged
 * @param canceledAtMillis   the time of the value that would have canceled it
 * @param savedMillis        its recorded end minus {@code canceledAtMillis} (never negative)
 * @param reason             the cancel reason the policy gives
 */
public record ReplayCancel(String runId, int number, int interval, int recordedIntervals, long canceledAtMillis,
                           long savedMillis, String reason) {

    /** Intervals the run would not have run. */
    public int savedIntervals() {
        return recordedIntervals - interval;
    }
}
