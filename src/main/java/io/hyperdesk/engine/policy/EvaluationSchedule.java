package io.hyperdesk.engine.policy;

/**
 * When a policy is applied to a run (SPEC T1): at interval {@code k} when {@code k % e == 0} and
 * {@code k >= d}. Shared by the three policies and by {@link PolicyRules}.
 */
final class EvaluationSchedule {

    private final int interval;
    private final int delay;

    /**
     * @param evaluationInterval {@code evaluation_interval}; values ≤ 0 mean 1 (SPEC T1)
     * @param delayEvaluation    {@code delay_evaluation}; 0 applies from the first interval
     */
    EvaluationSchedule(int evaluationInterval, int delayEvaluation) {
        this.interval = evaluationInterval <= 0 ? 1 : evaluationInterval;
        this.delay = delayEvaluation;
    }

    /** The effective evaluation interval ({@code e}, at least 1). */
    int interval() {
        return interval;
    }

    int delay() {
        return delay;
    }

    /**
     * True when the policy applies at interval {@code k}. Interval 0 (no value yet) never
     * applies: SPEC T2.
     */
    boolean appliesAt(int k) {
        return k >= 1 && k % interval == 0 && k >= delay;
    }

    /** The first interval at which the policy applies: the least multiple of e that is ≥ max(d, 1). */
    int firstInterval() {
        int from = Math.max(delay, 1);
        int remainder = from % interval;
        return remainder == 0 ? from : from + (interval - remainder);
    }

    /** E.g. "at every interval", "at intervals 5, 6, 7, …", "at intervals 6, 8, 10, …". */
    String describe() {
        int first = firstInterval();
        if (first == 1 && interval == 1) {
            return "at every interval";
        }
        return "at intervals " + first + ", " + (first + interval) + ", " + (first + 2 * interval) + ", …";
    }

    @Override
    public String toString() {
        return "evaluation_interval " + interval + ", delay_evaluation " + delay;
    }
}
