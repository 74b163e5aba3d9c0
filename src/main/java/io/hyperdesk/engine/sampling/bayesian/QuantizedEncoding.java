package io.hyperdesk.engine.sampling.bayesian;

import io.hyperdesk.engine.space.QUniform;

/**
 * {@code quniform(low, high, q)} as one coordinate over the grid {@code k·q},
 * {@code k = rint(low/q) … rint(high/q)} (SPEC E7, E11: the end points may lie just outside
 * {@code [low, high]}). Values are produced exactly as the expression rounds them: a Long for an
 * integral {@code q}, else a Double without binary noise, so configurations compare equal with
 * those of other samplers.
 */
record QuantizedEncoding(String name, QUniform quniform, long firstStep, long lastStep) implements ParameterEncoding {

    /** The most grid points a quniform may have under Bayesian sampling (SPEC S5). */
    static final long MAX_LEVELS = 100_000;

    /** Quantized dimensions with at most this many levels are searched level by level. */
    private static final long RELAXATION_THRESHOLD = 32;

    /**
     * The encoding of {@code expression}; {@link IllegalArgumentException} naming the parameter when
     * it has more than {@link #MAX_LEVELS} points.
     */
    static QuantizedEncoding of(String name, QUniform expression) {
        double q = expression.q();
        if (!(q > 0) || !(expression.low() < expression.high())) {
            throw new IllegalArgumentException(name + ": " + text(expression) + ": needs low < high and q > 0");
        }
        double first = Math.rint(expression.low() / q);
        double last = Math.rint(expression.high() / q);
        if (last - first + 1 > MAX_LEVELS) {
            throw new IllegalArgumentException(name + ": " + text(expression) + " has "
                    + number(last - first + 1) + " points; Bayesian sampling allows at most " + MAX_LEVELS
                    + " per quniform (SPEC S5): use a larger q, or uniform");
        }
        return new QuantizedEncoding(name, expression, (long) first, (long) last);
    }

    @Override
    public int width() {
        return lastStep > firstStep ? 1 : 0;
    }

    @Override
    public boolean encode(Object value, double[] x, int offset) {
        if (!(value instanceof Number number)) {
            return false;
        }
        if (width() == 1) {
            double step = number.doubleValue() / quniform.q();
            x[offset] = ContinuousEncoding.clamp((step - firstStep) / (lastStep - firstStep));
        }
        return true;
    }

    @Override
    public Object decode(double[] x, int offset) {
        return valueAt(step(x, offset));
    }

    @Override
    public void snap(double[] x, int offset) {
        if (width() == 1) {
            x[offset] = (double) (step(x, offset) - firstStep) / (lastStep - firstStep);
        }
    }

    @Override
    public long levels() {
        return lastStep - firstStep + 1;
    }

    @Override
    public void writeLevel(long level, double[] x, int offset) {
        if (width() == 1) {
            x[offset] = (double) level / (lastStep - firstStep);
        }
    }

    @Override
    public boolean relaxed() {
        return levels() > RELAXATION_THRESHOLD;
    }

    private long step(double[] x, int offset) {
        if (width() == 0) {
            return firstStep;
        }
        double u = ContinuousEncoding.clamp(x[offset]);
        return firstStep + (long) Math.rint(u * (lastStep - firstStep));
    }

    /**
     * {@code k·q} exactly as the expression itself rounds it (SPEC E11), by asking the expression
     * for the quantile whose unrounded value is {@code k·q}: the division by {@code q} lands within
     * rounding error of {@code k}, far from a half step.
     */
    private Object valueAt(long k) {
        double u = (k * quniform.q() - quniform.low()) / (quniform.high() - quniform.low());
        return quniform.quantile(u);
    }

    private static String text(QUniform expression) {
        return "quniform(" + number(expression.low()) + ", " + number(expression.high()) + ", "
                + number(expression.q()) + ")";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
