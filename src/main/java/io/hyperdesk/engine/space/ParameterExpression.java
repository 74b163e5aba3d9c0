package io.hyperdesk.engine.space;

import java.util.random.RandomGenerator;

/**
 * One of HyperDrive's ten parameter expressions (SPEC E1–E10).
 *
 * <p>Values produced by an expression are one of: {@link Long} (integers: {@code randint}, integral
 * choice values, q-expressions with an integral {@code q}, SPEC E11), {@link Double}, {@link String}
 * or {@link Boolean} (choice values only, SPEC E12).
 *
 * <p>Implementations are immutable records, safe to share between threads.
 */
public sealed interface ParameterExpression
        permits Choice, RandInt, Uniform, LogUniform, Normal, LogNormal,
                QUniform, QLogUniform, QNormal, QLogNormal {

    /** The expression's name in HyperDrive syntax, e.g. {@code "loguniform"}. */
    String kind();

    /** One independent draw from this expression's distribution. */
    Object sample(RandomGenerator random);

    /**
     * The value at quantile {@code u} of the distribution (its inverse CDF), for {@code u} in
     * {@code [0, 1)}. Sobol sampling maps each coordinate of its low-discrepancy point through this;
     * a {@code choice} maps {@code u} to one of its values by equal-width bins (SPEC S2).
     */
    Object quantile(double u);

    /** The expression in HyperDrive syntax; parsing the text gives back an equal expression. */
    String toText();
}
