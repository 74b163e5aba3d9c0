package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.space.Configuration;
import java.util.Map;

/**
 * What a sweep reports while it runs, to the GUI and the CLI. Events of one sweep are delivered in
 * order, on the sweep's scheduling thread; every event describes something already committed to
 * the store.
 */
public sealed interface SweepEvent {

    /** The sweep the event belongs to. */
    String sweepId();

    /** The sweep started (or resumed) with this budget. */
    record SweepStarted(String sweepId, SweepConfig config, int runsAlreadyGenerated, long startedAtMillis,
                        long deadlineMillis) implements SweepEvent {
    }

    /** A run was generated with its configuration; it is queued. */
    record RunQueued(String sweepId, String runId, int number, Configuration parameters) implements SweepEvent {
    }

    /** A run's state changed; {@code reason} may be empty. */
    record RunStateChanged(String sweepId, String runId, RunState state, String reason, long atMillis)
            implements SweepEvent {
    }

    /**
     * A run logged one metric line.
     *
     * @param values         metric name to value
     * @param primaryInterval the primary metric's interval this line gave (SPEC M2), or 0 when the
     *                       line had no primary value
     */
    record MetricsLogged(String sweepId, String runId, Map<String, Double> values, int primaryInterval,
                         long atMillis) implements SweepEvent {
    }

    /** Something the user should know about a run or the sweep (a malformed metric line, a launch failure). */
    record Warning(String sweepId, String runId, String message) implements SweepEvent {
    }

    /** The sweep ended. */
    record SweepEnded(String sweepId, SweepState state, String reason, long atMillis) implements SweepEvent {
    }
}
