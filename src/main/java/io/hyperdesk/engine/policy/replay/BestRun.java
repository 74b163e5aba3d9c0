package io.hyperdesk.engine.policy.replay;

/**
 * The best run of a sweep by SPEC M4: the best score, ties to the run that reached it first.
 *
 * @param runId          the run
 * @param number         its number
 * @param score          its best value (SPEC M3)
 * @param interval       the interval at which it first logged that value
 * @param reachedAtMillis when it logged that value
 */
public record BestRun(String runId, int number, double score, int interval, long reachedAtMillis) {
}
