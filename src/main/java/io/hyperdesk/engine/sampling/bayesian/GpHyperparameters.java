package io.hyperdesk.engine.sampling.bayesian;

import java.util.Arrays;

/**
 * The hyperparameters of the surrogate: one Matérn length scale per encoded input dimension
 * (inputs live in {@code [0, 1]}), the signal variance and the observation noise variance (both in
 * units of the standardised outcome).
 */
record GpHyperparameters(double[] lengthScales, double signalVariance, double noiseVariance) {

    GpHyperparameters {
        lengthScales = lengthScales.clone();
    }

    @Override
    public double[] lengthScales() {
        return lengthScales.clone();
    }

    int dimension() {
        return lengthScales.length;
    }

    double lengthScale(int j) {
        return lengthScales[j];
    }

    /** From log space, in the order the fitter optimises them: log ℓ…, log s², log σ². */
    static GpHyperparameters fromLog(double[] theta) {
        int d = theta.length - 2;
        double[] ls = new double[d];
        for (int j = 0; j < d; j++) {
            ls[j] = Math.exp(theta[j]);
        }
        return new GpHyperparameters(ls, Math.exp(theta[d]), Math.exp(theta[d + 1]));
    }

    @Override
    public String toString() {
        return "GpHyperparameters[lengthScales=" + Arrays.toString(lengthScales)
                + ", signalVariance=" + signalVariance + ", noiseVariance=" + noiseVariance + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GpHyperparameters that
                && Arrays.equals(lengthScales, that.lengthScales)
                && signalVariance == that.signalVariance
                && noiseVariance == that.noiseVariance;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(lengthScales) * 31 + Double.hashCode(signalVariance) * 17 + Double.hashCode(noiseVariance);
    }
}
