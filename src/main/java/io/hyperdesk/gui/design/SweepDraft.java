package io.hyperdesk.gui.design;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.sampling.SamplingMethod;
import java.util.List;
import java.util.Objects;

/**
 * The whole designer as the user left it, valid or not: what undo/redo steps between, what the
 * unsaved-changes check compares, and what becomes sweep.json. Number fields are kept as typed.
 *
 * @param command the training command as one line, arguments split as a shell would (no shell runs it)
 */
public record SweepDraft(String name, String command, List<ParameterDraft> parameters, SamplingMethod samplingMethod,
                         String seed, String primaryMetricName, Goal goal, PolicyDraft policy, String maxTotalRuns,
                         String maxConcurrentRuns, String maxDurationMinutes, List<String> resumeFrom,
                         List<String> resumeChildRuns) {

    public SweepDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(samplingMethod, "samplingMethod");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(primaryMetricName, "primaryMetricName");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(maxTotalRuns, "maxTotalRuns");
        Objects.requireNonNull(maxConcurrentRuns, "maxConcurrentRuns");
        Objects.requireNonNull(maxDurationMinutes, "maxDurationMinutes");
        resumeFrom = List.copyOf(resumeFrom);
        resumeChildRuns = List.copyOf(resumeChildRuns);
    }
}
