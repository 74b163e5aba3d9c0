package io.hyperdesk.engine.sampling.bayesian;

import io.hyperdesk.engine.space.Uniform;

/** {@code uniform(low, high)} as one linear coordinate. */
record ContinuousEncoding(String name, Uniform uniform) implements ParameterEncoding {

    @Override
    public int width() {
        return 1;
    }

    @Override
    public boolean encode(Object value, double[] x, int offset) {
        if (!(value instanceof Number number)) {
            return false;
        }
        x[offset] = clamp((number.doubleValue() - uniform.low()) / (uniform.high() - uniform.low()));
        return true;
    }

    @Override
    public Object decode(double[] x, int offset) {
        double u = clamp(x[offset]);
        return u == 1 ? uniform.high() : uniform.low() + (uniform.high() - uniform.low()) * u;
    }

    @Override
    public void snap(double[] x, int offset) {
        x[offset] = clamp(x[offset]);
    }

    @Override
    public long levels() {
        return 0;
    }

    @Override
    public void writeLevel(long level, double[] x, int offset) {
        throw new UnsupportedOperationException("a uniform parameter has no levels");
    }

    @Override
    public boolean relaxed() {
        return true;
    }

    static double clamp(double u) {
        return Double.isNaN(u) ? 0 : Math.min(1, Math.max(0, u));
    }
}
