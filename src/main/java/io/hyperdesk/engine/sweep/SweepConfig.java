package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.run.PrimaryMetric;
import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A validated sweep: the HyperDriveConfig of sweep.json (DESIGN). The config layer builds it only
 * from a document without errors, so every value here is within SPEC's limits (L1).
 *
 * @param name              the sweep's name
 * @param command           the training command, without parameters; not empty
 * @param space             the parameter space, in declaration order
 * @param samplingMethod    how to sample it
 * @param seed              the sampling seed, when given (SPEC S1)
 * @param primaryMetric     the metric to optimize and its goal
 * @param policy            the early-termination policy
 * @param maxTotalRuns      1..1000
 * @param maxConcurrentRuns 1..100
 * @param maxDurationMinutes greater than 0 (fractions allowed)
 * @param resumeFrom        ids of parent sweeps (at most 5)
 * @param resumeChildRuns   ids of runs to continue from their checkpoints
 */
public record SweepConfig(
        String name,
        List<String> command,
        SearchSpace space,
        SamplingMethod samplingMethod,
        OptionalLong seed,
        PrimaryMetric primaryMetric,
        PolicySettings policy,
        int maxTotalRuns,
        int maxConcurrentRuns,
        double maxDurationMinutes,
        List<String> resumeFrom,
        List<String> resumeChildRuns) {

    /** SPEC L1: the default {@code max_duration_minutes}. */
    public static final double DEFAULT_MAX_DURATION_MINUTES = 10080;

    public SweepConfig {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(samplingMethod, "samplingMethod");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(primaryMetric, "primaryMetric");
        Objects.requireNonNull(policy, "policy");
        resumeFrom = List.copyOf(resumeFrom);
        resumeChildRuns = List.copyOf(resumeChildRuns);
    }

    /** {@code max_duration_minutes} as sweep.json writes it: whole minutes without a decimal point. */
    public String maxDurationText() {
        return maxDurationMinutes == Math.rint(maxDurationMinutes) && maxDurationMinutes < 1e15
                ? Long.toString((long) maxDurationMinutes)
                : io.hyperdesk.engine.space.NumberText.shortest(maxDurationMinutes);
    }

    /** The same sweep with {@code seed} as its sampling seed. */
    public SweepConfig withSeed(long seed) {
        return new SweepConfig(name, command, space, samplingMethod, OptionalLong.of(seed), primaryMetric, policy,
                maxTotalRuns, maxConcurrentRuns, maxDurationMinutes, resumeFrom, resumeChildRuns);
    }
}
