package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundedLbfgsTest {

    private static final BoundedLbfgs.Objective ROSENBROCK = (x, g) -> {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        g[0] = -2 * a - 400 * x[0] * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    };

    @Test
    void findsTheRosenbrockMinimumInsideTheBox() {
        BoundedLbfgs.Result result = new BoundedLbfgs(500, 1e-10, 0)
                .minimise(ROSENBROCK, new double[] {-1.2, 1}, new double[] {-2, -2}, new double[] {2, 2});
        assertArrayEquals(new double[] {1, 1}, result.point(), 1e-5);
        assertEquals(0, result.value(), 1e-10);
    }

    @Test
    void stopsOnTheBoundWhenTheMinimumIsOutside() {
        // Unconstrained minimum (3, −1); in [0, 2] × [0, 2] the answer is (2, 0).
        BoundedLbfgs.Objective bowl = (x, g) -> {
            g[0] = 2 * (x[0] - 3);
            g[1] = 2 * (x[1] + 1);
            return Math.pow(x[0] - 3, 2) + Math.pow(x[1] + 1, 2);
        };
        BoundedLbfgs.Result result = new BoundedLbfgs(100, 1e-10, 0)
                .minimise(bowl, new double[] {1, 1}, new double[] {0, 0}, new double[] {2, 2});
        assertArrayEquals(new double[] {2, 0}, result.point(), 1e-12);
        assertEquals(2, result.value(), 1e-12);
    }

    @Test
    void aFixedCoordinateStaysWhereItIs() {
        BoundedLbfgs.Result result = new BoundedLbfgs(500, 1e-10, 0)
                .minimise(ROSENBROCK, new double[] {0.5, 0.3}, new double[] {0.5, -2}, new double[] {0.5, 2});
        assertArrayEquals(new double[] {0.5, 0.25}, result.point(), 1e-6);
    }
}
