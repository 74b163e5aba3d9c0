package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CholeskyTest {

    // A = L Lᵀ with L = [[2,0,0],[1,3,0],[-1,2,1]] chosen by hand.
    private static final double[] A = {
        4, 2, -2,
        2, 10, 5,
        -2, 5, 6};

    @Test
    void factorsAHandBuiltMatrix() {
        Cholesky c = Cholesky.decompose(A, 3).orElseThrow();
        assertEquals(2, c.get(0, 0), 1e-12);
        assertEquals(1, c.get(1, 0), 1e-12);
        assertEquals(3, c.get(1, 1), 1e-12);
        assertEquals(-1, c.get(2, 0), 1e-12);
        assertEquals(2, c.get(2, 1), 1e-12);
        assertEquals(1, c.get(2, 2), 1e-12);
        assertEquals(0, c.get(0, 2));
        assertEquals(2 * Math.log(2 * 3 * 1), c.logDeterminant(), 1e-12);
    }

    @Test
    void solvesAndInverts() {
        Cholesky c = Cholesky.decompose(A, 3).orElseThrow();
        double[] x = {1, -2, 0.5};
        double[] b = multiply(A, x);
        assertArrayEquals(x, c.solve(b), 1e-12);
        double[] inverse = c.inverse();
        double[] identity = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    identity[i * 3 + j] += A[i * 3 + k] * inverse[k * 3 + j];
                }
            }
        }
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, identity, 1e-12);
    }

    @Test
    void extendingByOneRowEqualsFactoringTheLargerMatrix() {
        Cholesky small = Cholesky.decompose(new double[] {4, 2, 2, 10}, 2).orElseThrow();
        assertTrue(small.extend(new double[] {-2, 5, 6}));
        Cholesky full = Cholesky.decompose(A, 3).orElseThrow();
        assertEquals(3, small.size());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j <= i; j++) {
                assertEquals(full.get(i, j), small.get(i, j), 1e-12);
            }
        }
        assertArrayEquals(full.solve(new double[] {1, 2, 3}), small.solve(new double[] {1, 2, 3}), 1e-12);
    }

    @Test
    void refusesMatricesThatAreNotPositiveDefinite() {
        assertTrue(Cholesky.decompose(new double[] {1, 2, 2, 1}, 2).isEmpty());
        Cholesky c = Cholesky.decompose(new double[] {1}, 1).orElseThrow();
        assertFalse(c.extend(new double[] {1, 1}), "a duplicate row makes the matrix singular");
        assertEquals(1, c.size());
    }

    private static double[] multiply(double[] matrix, double[] x) {
        double[] b = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                b[i] += matrix[i * 3 + j] * x[j];
            }
        }
        return b;
    }
}
