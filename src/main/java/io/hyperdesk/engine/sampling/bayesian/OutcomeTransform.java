package io.hyperdesk.engine.sampling.bayesian;

import java.util.Arrays;

/**
 * Puts observed outcomes (oriented for maximisation) on the scale the surrogate models.
 *
 * <ol>
 *   <li>The bad tail is compressed: values more than 1.5 interquartile ranges below the lower
 *       quartile are pulled in logarithmically. A training run that diverged (a loss of 1e9 among
 *       losses near 0.3) would otherwise dominate the standardisation and flatten the differences
 *       between good runs, which are the ones that decide where to look next. The good side is
 *       left untouched, so the model stays precise near the optimum. The order of outcomes is
 *       preserved.</li>
 *   <li>The result is standardised to mean 0 and variance 1, so the kernel's priors are
 *       meaningful whatever the metric's units.</li>
 * </ol>
 */
final class OutcomeTransform {

    /** Tail fence in interquartile ranges below the lower quartile (Tukey's fence). */
    static final double FENCE = 1.5;

    private OutcomeTransform() {
    }

    /** Transforms {@code values} in place. */
    static void apply(double[] values) {
        compressBadTail(values);
        standardise(values);
    }

    static void compressBadTail(double[] values) {
        int n = values.length;
        if (n < 4) {
            return;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double lowerQuartile = sorted[(int) Math.floor(0.25 * (n - 1))];
        double upperQuartile = sorted[(int) Math.ceil(0.75 * (n - 1))];
        double spread = upperQuartile - lowerQuartile;
        if (!(spread > 0)) {
            spread = sorted[n - 1] - sorted[0];
        }
        if (!(spread > 0)) {
            return;
        }
        double fence = lowerQuartile - FENCE * spread;
        for (int i = 0; i < n; i++) {
            if (values[i] < fence) {
                values[i] = fence - spread * Math.log1p((fence - values[i]) / spread);
            }
        }
    }

    /** Centres and scales to unit variance in place (a constant outcome is only centred). */
    static void standardise(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(variance / Math.max(1, values.length - 1));
        double scale = sd > 1e-12 * Math.max(1, Math.abs(mean)) ? sd : 1;
        for (int i = 0; i < values.length; i++) {
            values[i] = (values[i] - mean) / scale;
        }
    }
}
