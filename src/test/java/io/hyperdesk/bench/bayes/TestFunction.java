package io.hyperdesk.bench.bayes;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import io.hyperdesk.engine.space.Uniform;
import java.util.ArrayList;
import java.util.List;

/**
 * A standard global-optimisation test function to minimise, with its search space and known
 * optimum. Branin and Hartmann-6 are the usual yardsticks for Gaussian-process optimisers.
 */
record TestFunction(String name, SearchSpace space, double optimum, Evaluator evaluator) {

    interface Evaluator {
        double at(double[] x);
    }

    /** The function's value at {@code configuration} (parameters x1, x2, …). */
    double evaluate(Configuration configuration) {
        double[] x = new double[space.dimension()];
        for (int j = 0; j < x.length; j++) {
            x[j] = ((Number) configuration.get("x" + (j + 1))).doubleValue();
        }
        return evaluator.at(x);
    }

    static TestFunction byName(String name) {
        return switch (name) {
            case "branin" -> branin();
            case "hartmann6" -> hartmann6();
            default -> throw new IllegalArgumentException("unknown function " + name + "; use branin or hartmann6");
        };
    }

    /** Branin-Hoo on x1 ∈ [−5, 10], x2 ∈ [0, 15]; minimum 0.397887 at three points. */
    static TestFunction branin() {
        SearchSpace space = new SearchSpace(List.of(
                new Parameter("x1", new Uniform(-5, 10)),
                new Parameter("x2", new Uniform(0, 15))));
        return new TestFunction("branin", space, 0.39788735772973816, x -> {
            double b = 5.1 / (4 * Math.PI * Math.PI);
            double c = 5 / Math.PI;
            double t = 1 / (8 * Math.PI);
            double u = x[1] - b * x[0] * x[0] + c * x[0] - 6;
            return u * u + 10 * (1 - t) * Math.cos(x[0]) + 10;
        });
    }

    private static final double[] ALPHA = {1.0, 1.2, 3.0, 3.2};
    private static final double[][] A = {
        {10, 3, 17, 3.5, 1.7, 8},
        {0.05, 10, 17, 0.1, 8, 14},
        {3, 3.5, 1.7, 10, 17, 8},
        {17, 8, 0.05, 10, 0.1, 14}};
    private static final double[][] P = {
        {0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886},
        {0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991},
        {0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650},
        {0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381}};

    /** Hartmann-6 on [0, 1]^6; minimum −3.32237 at (0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573). */
    static TestFunction hartmann6() {
        List<Parameter> parameters = new ArrayList<>();
        for (int j = 1; j <= 6; j++) {
            parameters.add(new Parameter("x" + j, new Uniform(0, 1)));
        }
        return new TestFunction("hartmann6", new SearchSpace(parameters), -3.322368011415515, x -> {
            double sum = 0;
            for (int i = 0; i < 4; i++) {
                double inner = 0;
                for (int j = 0; j < 6; j++) {
                    double d = x[j] - P[i][j];
                    inner += A[i][j] * d * d;
                }
                sum += ALPHA[i] * Math.exp(-inner);
            }
            return -sum;
        });
    }
}
