package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.engine.space.QUniform;
import io.hyperdesk.engine.space.SearchSpace;
import io.hyperdesk.engine.space.Uniform;
import java.util.ArrayList;
import java.util.List;

/**
 * Which expressions each sampling method accepts (SPEC S4, S5, E12). Called by config validation
 * and the GUI's sweep form before a sweep starts, so a refusal names the parameter and says what to
 * write instead; the samplers' constructors refuse the same spaces.
 */
public final class SamplingRules {

    /** SPEC S5: the most points one quniform may have under Bayesian sampling. */
    public static final long MAX_BAYESIAN_QUNIFORM_POINTS = 100_000;

    private SamplingRules() {
    }

    /** Every problem of {@code space} under {@code method}; empty when it can be sampled. */
    public static List<SamplingProblem> problems(SearchSpace space, SamplingMethod method) {
        List<SamplingProblem> problems = new ArrayList<>();
        if (space.parameters().isEmpty()) {
            problems.add(new SamplingProblem("parameter_space", "the search space has no parameters; add at least one, "
                    + "e.g. \"learning_rate\": \"loguniform(-9.2, -2.3)\""));
            return problems;
        }
        for (Parameter parameter : space.parameters()) {
            ParameterExpression expression = parameter.expression();
            if (method == SamplingMethod.GRID && !(expression instanceof Choice)) {
                problems.add(new SamplingProblem(parameter.name(), notAChoiceProblem(parameter)));
            }
            if (method == SamplingMethod.BAYESIAN && !(expression instanceof Choice || expression instanceof Uniform
                    || expression instanceof QUniform)) {
                problems.add(new SamplingProblem(parameter.name(), "Bayesian sampling takes choice, uniform and quniform only, not "
                        + expression.kind() + "; write this parameter as one of those, or use random or sobol sampling"));
            }
            if (method == SamplingMethod.BAYESIAN && expression instanceof QUniform q) {
                double points = Math.rint(q.high() / q.q()) - Math.rint(q.low() / q.q()) + 1;
                if (points > MAX_BAYESIAN_QUNIFORM_POINTS) {
                    problems.add(new SamplingProblem(parameter.name(), expression.toText() + " has "
                            + String.format("%.0f", points) + " points; Bayesian sampling takes at most "
                            + MAX_BAYESIAN_QUNIFORM_POINTS + " per quniform, so raise q or narrow the range"));
                }
            }
            if ((method == SamplingMethod.GRID || method == SamplingMethod.BAYESIAN)
                    && expression instanceof Choice choice && mixesStrings(choice)) {
                problems.add(new SamplingProblem(parameter.name(), expression.toText() + " mixes strings with other values; "
                        + method.jsonName() + " sampling needs all strings or no strings, e.g. quote every value"));
            }
        }
        return problems;
    }

    static String notAChoice(Parameter parameter) {
        return parameter.name() + ": " + notAChoiceProblem(parameter);
    }

    private static String notAChoiceProblem(Parameter parameter) {
        return "grid sampling takes choice parameters only; " + parameter.expression().toText()
                + " is not a choice, so list the values to try, e.g. choice(0.001, 0.01, 0.1), or use random or sobol sampling";
    }

    private static boolean mixesStrings(Choice choice) {
        long strings = choice.values().stream().filter(value -> value instanceof String).count();
        return strings > 0 && strings < choice.values().size();
    }
}
