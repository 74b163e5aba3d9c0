package io.hyperdesk.engine.space;

/**
 * The standard normal distribution's inverse CDF, for the {@code quantile} of the normal kinds
 * (SPEC E5, E6, E9, E10) that Sobol sampling maps its points through (SPEC S2).
 *
 * <p>Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988): rational approximations in
 * three regions, relative error about 1e-16. The coefficients are the published ones.
 */
final class Gaussian {

    private Gaussian() {
    }

    /**
     * The {@code u}-quantile of N(0, 1): {@code -Infinity} at 0, {@code +Infinity} at 1, NaN outside
     * {@code [0, 1]}.
     */
    static double quantile(double u) {
        if (!(u >= 0 && u <= 1)) {
            return Double.NaN;
        }
        if (u == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (u == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double q = u - 0.5;
        if (Math.abs(q) <= 0.425) {
            return q * central(0.180625 - q * q);
        }
        // The tail is computed from the smaller of u and 1 - u, so no precision is lost near 1.
        double r = Math.sqrt(-Math.log(q < 0 ? u : 1 - u));
        double value = r <= 5 ? intermediate(r - 1.6) : farTail(r - 5);
        return q < 0 ? -value : value;
    }

    private static double central(double r) {
        double numerator = ((((((r * 2509.0809287301226727
                + 33430.575583588128105) * r + 67265.770927008700853) * r
                + 45921.953931549871457) * r + 13731.693765509461125) * r
                + 1971.5909503065514427) * r + 133.14166789178437745) * r
                + 3.387132872796366608;
        double denominator = ((((((r * 5226.495278852545925
                + 28729.085735721942674) * r + 39307.89580009271061) * r
                + 21213.794301586595867) * r + 5394.1960214247511077) * r
                + 687.1870074920579083) * r + 42.313330701600911252) * r
                + 1.0;
        return numerator / denominator;
    }

    private static double intermediate(double r) {
        double numerator = ((((((r * 7.7454501427834140764e-4
                + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                + 1.27045825245236838258) * r + 3.64784832476320460504) * r
                + 5.7694972214606914055) * r + 4.6303378461565452959) * r
                + 1.42343711074968357734;
        double denominator = ((((((r * 1.05075007164441684324e-9
                + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                + 0.14810397642748007459) * r + 0.68976733498510000455) * r
                + 1.6763848301838038494) * r + 2.05319162663775882187) * r
                + 1.0;
        return numerator / denominator;
    }

    private static double farTail(double r) {
        double numerator = ((((((r * 2.01033439929228813265e-7
                + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                + 0.026532189526576123093) * r + 0.29656057182850489123) * r
                + 1.7848265399172913358) * r + 5.4637849111641143699) * r
                + 6.6579046435011037772;
        double denominator = ((((((r * 2.04426310338993978564e-15
                + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r
                + 0.13692988092273580531) * r + 0.59983220655588793769) * r
                + 1.0;
        return numerator / denominator;
    }
}
