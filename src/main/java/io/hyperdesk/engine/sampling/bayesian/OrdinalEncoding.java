package io.hyperdesk.engine.sampling.bayesian;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code choice} of numbers as one ordinal coordinate: the rank of the value among the sorted
 * distinct values, scaled to {@code [0, 1]}. Ranks rather than raw values, because numeric choices
 * are usually geometric ({@code 16, 32, 64, 128}) and a linear axis would squeeze the small ones
 * together; neighbouring levels still count as similar, which one-hot would throw away.
 *
 * @param name   the parameter
 * @param levelValues the distinct values in ascending order, each the first declared object with that
 *               numeric value (so a decoded Long stays a Long)
 */
record OrdinalEncoding(String name, List<Number> levelValues) implements ChoiceEncoding {

    OrdinalEncoding {
        levelValues = List.copyOf(levelValues);
    }

    static OrdinalEncoding of(String name, List<Object> values) {
        List<Number> distinct = new ArrayList<>();
        for (Object value : values) {
            Number number = (Number) value;
            if (distinct.stream().noneMatch(n -> n.doubleValue() == number.doubleValue())) {
                distinct.add(number);
            }
        }
        distinct.sort((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        return new OrdinalEncoding(name, distinct);
    }

    @Override
    public int width() {
        return levelValues.size() > 1 ? 1 : 0;
    }

    @Override
    public void writeLevel(long level, double[] x, int offset) {
        if (width() == 1) {
            x[offset] = (double) level / (levelValues.size() - 1);
        }
    }

    @Override
    public int level(double[] x, int offset) {
        if (width() == 0) {
            return 0;
        }
        return (int) Math.rint(ContinuousEncoding.clamp(x[offset]) * (levelValues.size() - 1));
    }
}
