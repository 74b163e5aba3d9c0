package io.hyperdesk.engine.sampling.bayesian;

/**
 * How one parameter of a Bayesian search space maps to coordinates of the surrogate's input cube
 * {@code [0, 1]^width} and back.
 *
 * <ul>
 *   <li>{@code uniform}: one linear coordinate;</li>
 *   <li>{@code quniform}: one coordinate, continuous for the model and rounded to the grid when
 *       decoded;</li>
 *   <li>{@code choice} of numbers: one ordinal coordinate, the rank of the value among the sorted
 *       distinct values (so {@code choice(16, 32, 64, 128)} is evenly spaced, like a log scale);</li>
 *   <li>{@code choice} with strings or booleans: one-hot, one coordinate per value.</li>
 * </ul>
 * A parameter with a single possible value has width 0. Implementations are immutable.
 */
sealed interface ParameterEncoding permits ContinuousEncoding, QuantizedEncoding, ChoiceEncoding {

    /** The parameter's name. */
    String name();

    /** Number of coordinates. */
    int width();

    /**
     * Writes the coordinates of {@code value} at {@code offset}; false when the parameter cannot
     * take that value (e.g. a choice value that is not in the list).
     */
    boolean encode(Object value, double[] x, int offset);

    /** The value nearest to the coordinates at {@code offset}. */
    Object decode(double[] x, int offset);

    /** Moves the coordinates at {@code offset} onto the nearest representable value. */
    void snap(double[] x, int offset);

    /** Number of distinct values; 0 for a continuum. */
    long levels();

    /** Writes the coordinates of the {@code level}-th distinct value (0-based) at {@code offset}. */
    void writeLevel(long level, double[] x, int offset);

    /**
     * True when the coordinates may be optimised as a continuous relaxation (by gradient) and
     * snapped afterwards; false when only its levels should be tried one by one.
     */
    boolean relaxed();
}
