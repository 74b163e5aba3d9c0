package io.hyperdesk.engine.sweep;

import java.util.Map;

/**
 * Receives what one run reports. Called on the launcher's threads, one call at a time per run, in
 * the order the run produced it; implementations must not block (the sweep only queues).
 */
public interface RunObserver {

    /**
     * One metric line: each named metric logged one value (DESIGN: a {@code ##hyperdesk {...}}
     * stdout line or a line of {@code HYPERDESK_METRICS_FILE}). Values may be NaN or ±Infinity
     * (SPEC M5).
     *
     * @param values       metric name to value, in the order the line gave them
     * @param epochMillis  when the line was read
     */
    void onMetrics(Map<String, Double> values, long epochMillis);

    /**
     * Something about the run a person should know, already written to the run's log: a
     * malformed metric line, output that was not valid UTF-8, a metrics file that could not be
     * read. Never fatal.
     */
    void onWarning(String message);

    /** The run's process (tree) ended with {@code exitCode}; the last call for this run. */
    void onExit(int exitCode, long epochMillis);
}
