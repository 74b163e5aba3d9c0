package io.hyperdesk.engine.sampling.bayesian;

/**
 * Log expected improvement of a fitted {@link GaussianProcess} over the incumbent (the best
 * standardised outcome observed), as a function of a point of the input cube, with its gradient
 * for the local refinement. Not thread-safe (the process is not).
 */
final class Acquisition {

    private final GaussianProcess process;
    private final double incumbent;
    private final double[] prediction = new double[2];
    private final double[] meanGradient;
    private final double[] varianceGradient;

    Acquisition(GaussianProcess process, double incumbent) {
        this.process = process;
        this.incumbent = incumbent;
        int d = process.hyperparameters().dimension();
        this.meanGradient = new double[d];
        this.varianceGradient = new double[d];
    }

    /** {@code log EI} at {@code x}. */
    double value(double[] x) {
        process.predict(x, prediction);
        return LogExpectedImprovement.value(prediction[0], Math.sqrt(prediction[1]), incumbent);
    }

    /** {@code log EI} at {@code x} and its gradient into {@code gradient}. */
    double valueAndGradient(double[] x, double[] gradient) {
        process.predictWithGradient(x, prediction, meanGradient, varianceGradient);
        double sd = Math.sqrt(prediction[1]);
        double z = (prediction[0] - incumbent) / sd;
        double value = Math.log(sd) + LogExpectedImprovement.logH(z);
        double slope = LogExpectedImprovement.logHSlope(z);
        for (int j = 0; j < gradient.length; j++) {
            double sdGradient = varianceGradient[j] / (2 * sd);
            // d/dx [log σ + log h((μ − f*)/σ)] = σ'/σ + h'/h · (μ'/σ − z σ'/σ).
            gradient[j] = sdGradient / sd + slope * (meanGradient[j] - z * sdGradient) / sd;
        }
        return value;
    }
}
