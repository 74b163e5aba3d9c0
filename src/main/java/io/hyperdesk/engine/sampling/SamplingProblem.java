package io.hyperdesk.engine.sampling;

import java.util.Objects;

/**
 * Why a parameter cannot be sampled with a method (SPEC S4, S5, E12), e.g. a {@code loguniform}
 * under grid sampling. Config validation prefixes its own field path; {@link #toString} is
 * {@code <parameter>: <problem>}.
 *
 * @param parameter the parameter's name
 * @param problem   what is wrong and how to fix it
 */
public record SamplingProblem(String parameter, String problem) {

    public SamplingProblem {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return parameter + ": " + problem;
    }
}
