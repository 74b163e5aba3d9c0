package io.hyperdesk.engine.sampling.bayesian;

import java.util.List;

/**
 * What the two encodings of a {@code choice} share: a list of distinct values ("levels"), a way to
 * write a level into coordinates and to read the nearest level back. Encoding finds the value's
 * level; decoding and snapping go through the nearest level.
 */
sealed interface ChoiceEncoding extends ParameterEncoding permits OrdinalEncoding, OneHotEncoding {

    /** The distinct values, in the order of their levels. */
    List<?> levelValues();

    /** The level nearest to the coordinates at {@code offset}. */
    int level(double[] x, int offset);

    /** Equality of choice values, numbers by numeric value (a Long 1 matches a Double 1.0). */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    @Override
    default boolean encode(Object value, double[] x, int offset) {
        List<?> values = levelValues();
        for (int i = 0; i < values.size(); i++) {
            if (same(values.get(i), value)) {
                writeLevel(i, x, offset);
                return true;
            }
        }
        return false;
    }

    @Override
    default Object decode(double[] x, int offset) {
        return levelValues().get(level(x, offset));
    }

    @Override
    default void snap(double[] x, int offset) {
        writeLevel(level(x, offset), x, offset);
    }

    @Override
    default long levels() {
        return levelValues().size();
    }

    @Override
    default boolean relaxed() {
        return false;
    }
}
