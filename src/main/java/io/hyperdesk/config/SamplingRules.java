package io.hyperdesk.config;

import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.engine.space.QUniform;
import io.hyperdesk.engine.space.SearchSpace;
import io.hyperdesk.engine.space.Uniform;
import java.util.List;

/** The checks that tie the sampling method to the space, the policy and the limits (SPEC E12, S4–S6). */
final class SamplingRules {

    /** SPEC S5: at most this many points per quniform under Bayesian sampling. */
    static final long MAX_QUNIFORM_POINTS = 100_000;

    private SamplingRules() {
    }

    static void check(SamplingMethod method, SearchSpace space, PolicySettings policy, List<ConfigProblem> problems) {
        for (Parameter parameter : space.parameters()) {
            String path = SpaceSection.FIELD + "." + parameter.name();
            ParameterExpression expression = parameter.expression();
            if (method == SamplingMethod.GRID && !(expression instanceof Choice)) {
                problems.add(new ConfigProblem(path, expression.toText() + ": grid sampling takes choice expressions only"
                        + " (SPEC S4); list the values to try, e.g. choice(0.01, 0.1, 1), or use random or sobol sampling"));
            }
            if (method == SamplingMethod.BAYESIAN && !(expression instanceof Choice || expression instanceof Uniform
                    || expression instanceof QUniform)) {
                problems.add(new ConfigProblem(path, expression.toText() + ": Bayesian sampling takes choice, uniform and"
                        + " quniform only (SPEC S5); " + expression.kind() + " is not supported — use uniform over the"
                        + " same range, or random or sobol sampling"));
            }
            if (method == SamplingMethod.BAYESIAN && expression instanceof QUniform q) {
                double points = Math.floor((q.high() - q.low()) / q.q()) + 1;
                if (points > MAX_QUNIFORM_POINTS) {
                    problems.add(new ConfigProblem(path, expression.toText() + ": Bayesian sampling allows at most "
                            + MAX_QUNIFORM_POINTS + " points per quniform (SPEC S5); this one has about "
                            + (long) points + " — use a larger q or uniform"));
                }
            }
            if ((method == SamplingMethod.GRID || method == SamplingMethod.BAYESIAN) && expression instanceof Choice c
                    && mixesStrings(c)) {
                problems.add(new ConfigProblem(path, expression.toText() + ": with " + method.jsonName()
                        + " sampling, choice values must be all strings or no strings (SPEC E12); quote every value, "
                        + "or none"));
            }
        }
        if (method == SamplingMethod.BAYESIAN && !(policy instanceof PolicySettings.None)) {
            problems.add(new ConfigProblem(PolicySection.FIELD, "Bayesian sampling cannot take an early-termination "
                    + "policy (SPEC S6, as in HyperDrive): it learns from every finished run's final result, and runs "
                    + "cut short would mislead it. Remove the policy, set {\"type\": \"none\"}, or use random sampling"));
        }
    }

    private static boolean mixesStrings(Choice choice) {
        long strings = choice.values().stream().filter(v -> v instanceof String).count();
        return strings > 0 && strings < choice.values().size();
    }
}
