package io.hyperdesk.engine.sampling.bayesian;

import org.apache.commons.math3.special.Erf;

/**
 * The logarithm of expected improvement over an incumbent {@code f*} for a Gaussian posterior
 * {@code N(μ, σ²)} (maximisation): {@code log EI = log σ + log h(z)} with {@code z = (μ − f*)/σ}
 * and {@code h(z) = φ(z) + z Φ(z)}.
 *
 * <p>Plain EI underflows to exactly zero a few σ below the incumbent, which leaves the acquisition
 * optimiser on flat ground exactly where a well-fitted model has most of its volume. The
 * logarithm computed in a numerically stable form (Ament et al., "Unexpected improvements to
 * expected improvement", NeurIPS 2023) stays finite and informative far into the tail:
 * <ul>
 *   <li>{@code z > −1}: directly;</li>
 *   <li>{@code −1/√ε < z ≤ −1}: {@code −z²/2 − log√(2π) + log(1 − √(π/2)·|z|·erfcx(−z/√2))},
 *       the last term through log1mexp;</li>
 *   <li>beyond: the asymptote {@code −z²/2 − log√(2π) − 2 log|z|}.</li>
 * </ul>
 */
final class LogExpectedImprovement {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double LOG_SQRT_HALF_PI = 0.5 * Math.log(Math.PI / 2);
    private static final double SQRT2 = Math.sqrt(2);
    private static final double TAIL = -1 / Math.sqrt(Math.ulp(1.0));

    private LogExpectedImprovement() {
    }

    /** {@code log EI} for mean {@code mean}, standard deviation {@code sd} and incumbent {@code best}. */
    static double value(double mean, double sd, double best) {
        return Math.log(sd) + logH((mean - best) / sd);
    }

    /** {@code log h(z)}, {@code h(z) = φ(z) + z Φ(z)}. */
    static double logH(double z) {
        if (z > -1) {
            double phi = Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
            double cdf = 0.5 * Erf.erfc(-z / SQRT2);
            return Math.log(phi + z * cdf);
        }
        if (z > TAIL) {
            double a = Math.log(erfcx(-z / SQRT2) * -z) + LOG_SQRT_HALF_PI;
            return -0.5 * z * z - LOG_SQRT_2PI + log1mexp(a);
        }
        return -0.5 * z * z - LOG_SQRT_2PI - 2 * Math.log(-z);
    }

    /** {@code d log h / dz = Φ(z) / h(z)}, computed from logarithms so it stays finite in the tail. */
    static double logHSlope(double z) {
        if (z > -1) {
            double phi = Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
            double cdf = 0.5 * Erf.erfc(-z / SQRT2);
            return cdf / (phi + z * cdf);
        }
        return Math.exp(logCdf(z) - logH(z));
    }

    /** {@code log Φ(z)}, stable for very negative {@code z}. */
    static double logCdf(double z) {
        if (z > -1) {
            return Math.log(0.5 * Erf.erfc(-z / SQRT2));
        }
        return Math.log(0.5 * erfcx(-z / SQRT2)) - 0.5 * z * z;
    }

    /**
     * The scaled complementary error function {@code erfcx(x) = exp(x²) erfc(x)} for {@code x ≥ 0}:
     * directly below 2, by its continued fraction (modified Lentz) above, where {@code erfc}
     * alone would underflow.
     */
    static double erfcx(double x) {
        if (x < 2) {
            return Math.exp(x * x) * Erf.erfc(x);
        }
        if (x > 1e8) {
            return 1 / (x * Math.sqrt(Math.PI));
        }
        // erfc(x) = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))).
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double dd = 0;
        for (int k = 1; k < 500; k++) {
            double a = k / 2.0;
            dd = x + a * dd;
            dd = Math.abs(dd) < tiny ? tiny : dd;
            c = x + a / c;
            c = Math.abs(c) < tiny ? tiny : c;
            dd = 1 / dd;
            double delta = c * dd;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return 1 / (f * Math.sqrt(Math.PI));
    }

    /** {@code log(1 − exp(a))} for {@code a < 0}, accurate near both ends. */
    static double log1mexp(double a) {
        return a > -Math.log(2) ? Math.log(-Math.expm1(a)) : Math.log1p(-Math.exp(a));
    }
}
