package io.hyperdesk.engine.space;

/** The standard normal distribution's inverse CDF. TODO(space): implement. */
final class Gaussian {

    private Gaussian() {
    }

    static double quantile(double u) {
        throw new UnsupportedOperationException("TODO");
    }
}
