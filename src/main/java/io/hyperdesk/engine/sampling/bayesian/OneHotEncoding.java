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
record OneHotEncoding(String name, List<Object> levelValues) implements ChoiceEncoding {

    OneHotEncoding {
        levelValues = List.copyOf(levelValues);
    }

    static OneHotEncoding of(String name, List<Object> values) {
        List<Object> distinct = new ArrayList<>();
        for (Object value : values) {
            if (distinct.stream().noneMatch(v -> ChoiceEncoding.same(v, value))) {
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
    public void writeLevel(long level, double[] x, int offset) {
        for (int i = 0; i < width(); i++) {
            x[offset + i] = i == level ? 1 : 0;
        }
    }

    @Override
    public int level(double[] x, int offset) {
        int best = 0;
        for (int i = 1; i < width(); i++) {
            if (x[offset + i] > x[offset + best]) {
                best = i;
            }
        }
        return best;
    }
}
