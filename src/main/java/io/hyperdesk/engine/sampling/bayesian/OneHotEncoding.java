package io.hyperdesk.engine.sampling.bayesian;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code choice} with strings or booleans as one coordinate per distinct value (one-hot): the
 * values have no order, so each gets its own length scale. Decoding takes the largest coordinate
 * (the first on a tie).
 *
 * @param name   the parameter
 * @param levelValues the distinct values in declaration order
 */
record OneHotEncoding(String name, List<Object> levelValues) implements ParameterEncoding {

    OneHotEncoding {
        levelValues = List.copyOf(levelValues);
    }

    static OneHotEncoding of(String name, List<Object> values) {
        List<Object> distinct = new ArrayList<>();
        for (Object value : values) {
            if (distinct.stream().noneMatch(v -> same(v, value))) {
                distinct.add(value);
            }
        }
        return new OneHotEncoding(name, distinct);
    }

    @Override
    public int width() {
        return levelValues.size() > 1 ? levelValues.size() : 0;
    }

    @Override
    public boolean encode(Object value, double[] x, int offset) {
        for (int i = 0; i < levelValues.size(); i++) {
            if (same(levelValues.get(i), value)) {
                writeLevel(i, x, offset);
                return true;
            }
        }
        return false;
    }

    @Override
    public Object decode(double[] x, int offset) {
        return levelValues.get(level(x, offset));
    }

    @Override
    public void snap(double[] x, int offset) {
        writeLevel(level(x, offset), x, offset);
    }

    @Override
    public long levels() {
        return levelValues.size();
    }

    @Override
    public void writeLevel(long level, double[] x, int offset) {
        for (int i = 0; i < width(); i++) {
            x[offset + i] = i == level ? 1 : 0;
        }
    }

    @Override
    public boolean relaxed() {
        return false;
    }

    private int level(double[] x, int offset) {
        int best = 0;
        for (int i = 1; i < width(); i++) {
            if (x[offset + i] > x[offset + best]) {
                best = i;
            }
        }
        return best;
    }

    /** Equality of choice values, numbers by numeric value (a Long 1 matches a Double 1.0). */
    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }
}
