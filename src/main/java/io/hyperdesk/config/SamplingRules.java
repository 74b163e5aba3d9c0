package io.hyperdesk.config;

import io.hyperdesk.engine.policy.PolicySettings;
import io.hyperdesk.engine.sampling.SamplingMethod;
import io.hyperdesk.engine.sampling.SamplingProblem;
import io.hyperdesk.engine.space.SearchSpace;
import java.util.List;

/**
 * The checks that tie the sampling method to the space and the policy: the engine's
 * {@link io.hyperdesk.engine.sampling.SamplingRules} (SPEC E12, S4, S5) with sweep.json field paths,
 * and SPEC S6, which involves the policy.
 */
final class SamplingRules {

    private SamplingRules() {
    }

    static void check(SamplingMethod method, SearchSpace space, PolicySettings policy, List<ConfigProblem> problems) {
        for (SamplingProblem problem : io.hyperdesk.engine.sampling.SamplingRules.problems(space, method)) {
            String field = problem.parameter().equals(SpaceSection.FIELD) ? SpaceSection.FIELD
                    : SpaceSection.FIELD + "." + problem.parameter();
            problems.add(new ConfigProblem(field, problem.problem()));
        }
        if (method == SamplingMethod.BAYESIAN && !(policy instanceof PolicySettings.None)) {
            problems.add(new ConfigProblem(PolicySection.FIELD, "Bayesian sampling cannot take an early-termination "
                    + "policy (SPEC S6, as in HyperDrive): it learns from every finished run's final result, and runs "
                    + "cut short would mislead it. Remove the policy, set {\"type\": \"none\"}, or use random sampling"));
        }
    }
}
