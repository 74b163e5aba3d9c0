package io.hyperdesk.engine.sampling.bayesian;

import java.util.Arrays;

/**
 * The Cholesky factor {@code L} ({@code A = L Lᵀ}) of a symmetric positive definite matrix, on
 * plain row-major {@code double[]} arrays.
 *
 * <p>Commons Math's matrix classes allocate per element access and are several times slower at
 * the sizes the Gaussian process needs (up to about a thousand rows), so the few operations the
 * surrogate uses are written out here with contiguous inner loops. The factor can grow by one
 * row in O(n²), which is how pending runs are added as fantasised observations.
 */
final class Cholesky {

    private double[] factor;
    private int size;
    private int capacity;

    private Cholesky(double[] factor, int size, int capacity) {
        this.factor = factor;
        this.size = size;
        this.capacity = capacity;
    }

    /**
     * Factors the {@code n × n} row-major matrix {@code a}; empty when it is not numerically
     * positive definite. {@code a} is left unchanged.
     */
    static java.util.Optional<Cholesky> decompose(double[] a, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            int rowI = i * n;
            for (int j = 0; j <= i; j++) {
                int rowJ = j * n;
                double sum = a[rowI + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[rowI + k] * l[rowJ + k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        return java.util.Optional.empty();
                    }
                    l[rowI + i] = Math.sqrt(sum);
                } else {
                    l[rowI + j] = sum / l[rowJ + j];
                }
            }
        }
        return java.util.Optional.of(new Cholesky(l, n, n));
    }

    int size() {
        return size;
    }

    /** The entry {@code L[i][j]} (zero above the diagonal). */
    double get(int i, int j) {
        return j > i ? 0 : factor[i * capacity + j];
    }

    /** Solves {@code L x = b} in place, {@code b} of length at least {@link #size()}. */
    void solveLowerInPlace(double[] x) {
        for (int i = 0; i < size; i++) {
            int row = i * capacity;
            double sum = x[i];
            for (int k = 0; k < i; k++) {
                sum -= factor[row + k] * x[k];
            }
            x[i] = sum / factor[row + i];
        }
    }

    /** Solves {@code Lᵀ x = b} in place. */
    void solveUpperInPlace(double[] x) {
        // Column-oriented so that the inner loop walks one row of L contiguously.
        for (int i = size - 1; i >= 0; i--) {
            int row = i * capacity;
            double xi = x[i] / factor[row + i];
            x[i] = xi;
            for (int k = 0; k < i; k++) {
                x[k] -= factor[row + k] * xi;
            }
        }
    }

    /** Solves {@code A x = b}. */
    double[] solve(double[] b) {
        double[] x = Arrays.copyOf(b, size);
        solveLowerInPlace(x);
        solveUpperInPlace(x);
        return x;
    }

    /** {@code log det A = 2 Σ log L_ii}. */
    double logDeterminant() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += Math.log(factor[i * capacity + i]);
        }
        return 2 * sum;
    }

    /** {@code A⁻¹} as a full row-major {@code n × n} array (both triangles filled). */
    double[] inverse() {
        int n = size;
        // M = L⁻¹, stored row-major; row i of M only has entries in columns 0..i.
        double[] m = new double[n * n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            Arrays.fill(column, 0);
            column[j] = 1;
            for (int i = j; i < n; i++) {
                int row = i * capacity;
                double sum = column[i];
                for (int k = j; k < i; k++) {
                    sum -= factor[row + k] * column[k];
                }
                column[i] = sum / factor[row + i];
                m[i * n + j] = column[i];
            }
        }
        // A⁻¹ = Mᵀ M, accumulated one row of M at a time so the inner loop is contiguous.
        double[] inv = new double[n * n];
        for (int k = 0; k < n; k++) {
            int rowK = k * n;
            for (int i = 0; i <= k; i++) {
                double mki = m[rowK + i];
                if (mki == 0) {
                    continue;
                }
                int rowI = i * n;
                for (int j = 0; j <= i; j++) {
                    inv[rowI + j] += mki * m[rowK + j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                inv[j * n + i] = inv[i * n + j];
            }
        }
        return inv;
    }

    /**
     * Grows the factor by one row for a matrix extended by {@code row} (its new last row: the
     * covariances with the existing rows followed by the new diagonal entry), in O(n²).
     *
     * @return false (and nothing changed) when the extended matrix is not positive definite
     */
    boolean extend(double[] row) {
        int n = size;
        double[] v = Arrays.copyOf(row, n + 1);
        solveLowerInPlace(v);
        double diagonal = row[n];
        for (int k = 0; k < n; k++) {
            diagonal -= v[k] * v[k];
        }
        if (!(diagonal > 0)) {
            return false;
        }
        if (n + 1 > capacity) {
            int newCapacity = Math.max(n + 1, capacity + capacity / 2 + 1);
            double[] grown = new double[newCapacity * newCapacity];
            for (int i = 0; i < n; i++) {
                System.arraycopy(factor, i * capacity, grown, i * newCapacity, i + 1);
            }
            factor = grown;
            capacity = newCapacity;
        }
        System.arraycopy(v, 0, factor, n * capacity, n);
        factor[n * capacity + n] = Math.sqrt(diagonal);
        size = n + 1;
        return true;
    }
}
