package io.hyperdesk.engine.sampling.bayesian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class LogExpectedImprovementTest {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    @Test
    void matchesTheDirectFormulaWhereThatIsAccurate() {
        for (double z = -6; z <= 6; z += 0.25) {
            double direct = Math.log(NORMAL.density(z) + z * NORMAL.cumulativeProbability(z));
            assertEquals(direct, LogExpectedImprovement.logH(z), 1e-9 * Math.max(1, Math.abs(direct)), "z = " + z);
        }
    }

    @Test
    void valueIsLogOfSigmaTimesH() {
        // μ = 1, σ = 2, f* = 0.5: EI = σ h(0.25).
        double z = 0.25;
        double ei = 2 * (NORMAL.density(z) + z * NORMAL.cumulativeProbability(z));
        assertEquals(Math.log(ei), LogExpectedImprovement.value(1, 2, 0.5), 1e-12);
    }

    @Test
    void staysFiniteAndDecreasingFarInTheTail() {
        double previous = Double.POSITIVE_INFINITY;
        for (double z : new double[] {-10, -40, -1e3, -1e6, -1e8, -1e12, -1e100}) {
            double value = LogExpectedImprovement.logH(z);
            assertTrue(Double.isFinite(value), "z = " + z);
            assertTrue(value < previous, "decreasing at z = " + z);
            previous = value;
            // Asymptote: log h(z) ≈ −z²/2 − log √(2π) − 2 log|z|.
            double asymptote = -0.5 * z * z - 0.5 * Math.log(2 * Math.PI) - 2 * Math.log(-z);
            assertEquals(asymptote, value, Math.abs(asymptote) * 1e-3 + 0.02, "z = " + z);
        }
        assertTrue(Double.isFinite(LogExpectedImprovement.logHSlope(-1e6)));
    }

    @Test
    void slopeIsTheDerivative() {
        for (double z : new double[] {-30, -8, -2, -1.0001, -0.5, 0, 1.5, 4}) {
            double h = 1e-5 * Math.max(1, Math.abs(z));
            double numeric = (LogExpectedImprovement.logH(z + h) - LogExpectedImprovement.logH(z - h)) / (2 * h);
            assertEquals(numeric, LogExpectedImprovement.logHSlope(z), 1e-5 * Math.max(1, Math.abs(numeric)), "z = " + z);
        }
    }

    @Test
    void erfcxAgreesWithItsDefinitionAndAsymptote() {
        for (double x = 0; x <= 5; x += 0.125) {
            assertEquals(Math.exp(x * x) * Erf.erfc(x), LogExpectedImprovement.erfcx(x), 1e-12, "x = " + x);
        }
        for (double x : new double[] {10, 1e4, 1e9}) {
            // erfcx(x) = 1/(x√π) · (1 − 1/(2x²) + 3/(4x⁴) − …)
            double series = 1 / (x * Math.sqrt(Math.PI)) * (1 - 1 / (2 * x * x) + 3 / (4 * x * x * x * x));
            assertEquals(series, LogExpectedImprovement.erfcx(x), series * Math.max(2 / Math.pow(x, 6), 1e-14), "x = " + x);
        }
    }
}
