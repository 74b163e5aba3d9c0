package io.hyperdesk.engine.sampling;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.SearchSpace;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A search space of {@code choice} parameters only, seen as a mixed-radix grid: a configuration is
 * a digit per parameter (the index of its value), and index {@code i} of the grid counts in
 * declaration order with the last parameter fastest (SPEC S4).
 */
final class ChoiceGrid {

    private final Configurations configurations;
    private final List<Object>[] values;
    private final Map<Object, Integer>[] digitOf;
    private final int[] radix;
    private final BigInteger size;

    @SuppressWarnings("unchecked")
    ChoiceGrid(SearchSpace space) {
        if (!space.isAllChoice()) {
            throw new IllegalArgumentException("not a space of choice parameters only");
        }
        configurations = new Configurations(space);
        int dimension = space.dimension();
        values = new List[dimension];
        digitOf = new Map[dimension];
        radix = new int[dimension];
        BigInteger product = BigInteger.ONE;
        for (int i = 0; i < dimension; i++) {
            Parameter parameter = space.parameters().get(i);
            values[i] = ((Choice) parameter.expression()).values();
            radix[i] = values[i].size();
            digitOf[i] = new HashMap<>();
            for (int d = values[i].size() - 1; d >= 0; d--) {
                digitOf[i].put(values[i].get(d), d);
            }
            product = product.multiply(BigInteger.valueOf(radix[i]));
        }
        size = product;
    }

    int dimension() {
        return radix.length;
    }

    int radix(int parameter) {
        return radix[parameter];
    }

    /** The number of configurations (the product of the choices' sizes). */
    BigInteger size() {
        return size;
    }

    /** The digits of grid index {@code index} (below {@link #size}), last parameter fastest. */
    int[] digits(long index) {
        int[] digits = new int[radix.length];
        long rest = index;
        for (int i = radix.length - 1; i >= 0; i--) {
            digits[i] = (int) (rest % radix[i]);
            rest /= radix[i];
        }
        return digits;
    }

    /** The grid index of {@code digits}; only when {@link #size} fits in a long. */
    long index(int[] digits) {
        long index = 0;
        for (int i = 0; i < radix.length; i++) {
            index = index * radix[i] + digits[i];
        }
        return index;
    }

    /** Uniformly random digits. */
    int[] randomDigits(SplittableRandom random) {
        int[] digits = new int[radix.length];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = random.nextInt(radix[i]);
        }
        return digits;
    }

    /**
     * The digits of a configuration, or null when it is not a point of this grid (a run from a
     * different space, e.g. a resumed child run of an older sweep).
     */
    int[] digitsOf(Configuration configuration) {
        if (configuration.size() != radix.length) {
            return null;
        }
        int[] digits = new int[radix.length];
        for (int i = 0; i < radix.length; i++) {
            Integer digit = digitOf[i].get(configuration.get(configurations.names[i]));
            if (digit == null) {
                return null;
            }
            digits[i] = digit;
        }
        return digits;
    }

    Configuration configuration(int[] digits) {
        Object[] chosen = new Object[digits.length];
        for (int i = 0; i < digits.length; i++) {
            chosen[i] = values[i].get(digits[i]);
        }
        return configurations.of(chosen);
    }
}
