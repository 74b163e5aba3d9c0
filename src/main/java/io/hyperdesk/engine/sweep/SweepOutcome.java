package io.hyperdesk.engine.sweep;

import java.util.Map;

/**
 * How a sweep ended.
 *
 * @param sweepId     the sweep
 * @param state       Completed, Canceled or Failed
 * @param reason      which limit or event ended it, in a person's words
 * @param runsByState how many runs ended in each state (display names)
 */
public record SweepOutcome(String sweepId, SweepState state, String reason, Map<String, Integer> runsByState) {

    public SweepOutcome {
        runsByState = Map.copyOf(runsByState);
    }
}
