package io.hyperdesk.engine.sampling.bayesian;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small limited-memory BFGS minimiser for box-constrained smooth functions: projected search
 * directions over the free variables (those not held at a bound by the gradient) and a backtracking
 * Armijo line search along the projected path.
 *
 * <p>This is simpler than full L-BFGS-B (no generalised Cauchy point), which is enough for the two
 * uses here: a handful of kernel hyperparameters in log space, and the acquisition function over
 * the unit cube. Deterministic; allocates a few arrays per call.
 */
final class BoundedLbfgs {

    /** A differentiable function: returns f(x) and writes ∇f(x) into {@code gradient}. */
    interface Objective {
        double valueAndGradient(double[] x, double[] gradient);
    }

    /** The point reached and its value. */
    record Result(double[] point, double value) {
    }

    private static final int MEMORY = 8;
    private static final double ARMIJO = 1e-4;

    private final int maxIterations;
    private final double gradientTolerance;
    private final double relativeTolerance;

    BoundedLbfgs(int maxIterations, double gradientTolerance, double relativeTolerance) {
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
        this.relativeTolerance = relativeTolerance;
    }

    /** Minimises {@code f} from {@code start} within {@code [lower, upper]}. */
    Result minimise(Objective f, double[] start, double[] lower, double[] upper) {
        int n = start.length;
        double[] x = start.clone();
        project(x, lower, upper);
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        if (!Double.isFinite(fx)) {
            return new Result(x, fx);
        }
        Deque<double[][]> memory = new ArrayDeque<>();
        double[] direction = new double[n];
        double[] candidate = new double[n];
        double[] gCandidate = new double[n];
        boolean[] free = new boolean[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double projectedNorm = 0;
            for (int i = 0; i < n; i++) {
                boolean atLower = x[i] <= lower[i] && g[i] > 0;
                boolean atUpper = x[i] >= upper[i] && g[i] < 0;
                free[i] = !atLower && !atUpper;
                if (free[i]) {
                    projectedNorm = Math.max(projectedNorm, Math.abs(g[i]));
                }
            }
            if (projectedNorm <= gradientTolerance) {
                break;
            }
            twoLoop(g, free, memory, direction);
            double slope = dot(g, direction);
            if (!(slope < 0)) {
                memory.clear();
                for (int i = 0; i < n; i++) {
                    direction[i] = free[i] ? -g[i] : 0;
                }
                slope = dot(g, direction);
            }
            double step = memory.isEmpty() ? Math.min(1, 1 / norm(direction)) : 1;
            double fCandidate = Double.NaN;
            boolean accepted = false;
            for (int tries = 0; tries < 40; tries++) {
                for (int i = 0; i < n; i++) {
                    candidate[i] = x[i] + step * direction[i];
                }
                project(candidate, lower, upper);
                double decrease = 0;
                for (int i = 0; i < n; i++) {
                    decrease += g[i] * (candidate[i] - x[i]);
                }
                fCandidate = f.valueAndGradient(candidate, gCandidate);
                if (Double.isFinite(fCandidate) && fCandidate <= fx + ARMIJO * Math.min(decrease, 0)) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted) {
                if (memory.isEmpty()) {
                    break;
                }
                memory.clear();
                continue;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = candidate[i] - x[i];
                y[i] = gCandidate[i] - g[i];
            }
            if (dot(s, y) > 1e-12 * dot(y, y)) {
                memory.addLast(new double[][] {s, y});
                if (memory.size() > MEMORY) {
                    memory.removeFirst();
                }
            }
            double previous = fx;
            System.arraycopy(candidate, 0, x, 0, n);
            System.arraycopy(gCandidate, 0, g, 0, n);
            fx = fCandidate;
            if (Math.abs(previous - fx) <= relativeTolerance * Math.max(1, Math.max(Math.abs(previous), Math.abs(fx)))) {
                break;
            }
        }
        return new Result(x, fx);
    }

    /** The L-BFGS two-loop recursion restricted to the free variables. */
    private static void twoLoop(double[] g, boolean[] free, Deque<double[][]> memory, double[] direction) {
        int n = g.length;
        for (int i = 0; i < n; i++) {
            direction[i] = free[i] ? -g[i] : 0;
        }
        int m = memory.size();
        double[] rho = new double[m];
        double[] a = new double[m];
        double[][][] pairs = memory.toArray(new double[0][][]);
        for (int k = m - 1; k >= 0; k--) {
            double[] s = pairs[k][0];
            double[] y = pairs[k][1];
            rho[k] = 1 / maskedDot(y, s, free);
            a[k] = rho[k] * maskedDot(s, direction, free);
            for (int i = 0; i < n; i++) {
                if (free[i]) {
                    direction[i] -= a[k] * y[i];
                }
            }
        }
        if (m > 0) {
            double[] s = pairs[m - 1][0];
            double[] y = pairs[m - 1][1];
            double yy = maskedDot(y, y, free);
            double gamma = yy > 0 ? maskedDot(s, y, free) / yy : 1;
            if (gamma > 0 && Double.isFinite(gamma)) {
                for (int i = 0; i < n; i++) {
                    direction[i] *= gamma;
                }
            }
        }
        for (int k = 0; k < m; k++) {
            double[] s = pairs[k][0];
            double[] y = pairs[k][1];
            double b = rho[k] * maskedDot(y, direction, free);
            for (int i = 0; i < n; i++) {
                if (free[i]) {
                    direction[i] += (a[k] - b) * s[i];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!free[i] || !Double.isFinite(direction[i])) {
                direction[i] = free[i] ? -g[i] : 0;
            }
        }
    }

    private static double maskedDot(double[] a, double[] b, boolean[] mask) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            if (mask[i]) {
                sum += a[i] * b[i];
            }
        }
        return sum;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(Math.max(dot(a, a), 1e-300));
    }

    private static void project(double[] x, double[] lower, double[] upper) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(upper[i], Math.max(lower[i], x[i]));
        }
    }
}
