package io.hyperdesk.engine.sampling.bayesian;

import io.hyperdesk.engine.space.Choice;
import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.space.Parameter;
import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.engine.space.QUniform;
import io.hyperdesk.engine.space.SearchSpace;
import io.hyperdesk.engine.space.Uniform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Bayesian search space as the surrogate sees it: each parameter's {@link ParameterEncoding}
 * laid side by side in one vector of {@code [0, 1]^width}. Built once per sampler; immutable.
 */
final class SpaceEncoding {

    private final SearchSpace space;
    private final List<ParameterEncoding> encodings;
    private final int[] offsets;
    private final int width;

    private SpaceEncoding(SearchSpace space, List<ParameterEncoding> encodings) {
        this.space = space;
        this.encodings = List.copyOf(encodings);
        this.offsets = new int[encodings.size()];
        int total = 0;
        for (int p = 0; p < encodings.size(); p++) {
            offsets[p] = total;
            total += encodings.get(p).width();
        }
        this.width = total;
    }

    /**
     * The encoding of {@code space}; {@link IllegalArgumentException} naming the first parameter
     * Bayesian sampling cannot take (SPEC S5: choice, uniform and quniform only).
     */
    static SpaceEncoding of(SearchSpace space) {
        if (space.parameters().isEmpty()) {
            throw new IllegalArgumentException("parameter_space: Bayesian sampling needs at least one parameter");
        }
        List<ParameterEncoding> encodings = new ArrayList<>();
        for (Parameter parameter : space.parameters()) {
            encodings.add(encodingOf(parameter.name(), parameter.expression()));
        }
        return new SpaceEncoding(space, encodings);
    }

    private static ParameterEncoding encodingOf(String name, ParameterExpression expression) {
        if (expression instanceof Uniform uniform) {
            if (!(uniform.low() < uniform.high())) {
                throw new IllegalArgumentException(name + ": uniform(" + uniform.low() + ", " + uniform.high()
                        + "): low must be below high");
            }
            return new ContinuousEncoding(name, uniform);
        }
        if (expression instanceof QUniform quniform) {
            return QuantizedEncoding.of(name, quniform);
        }
        if (expression instanceof Choice choice) {
            boolean numeric = choice.values().stream().allMatch(v -> v instanceof Long || v instanceof Double);
            return numeric ? OrdinalEncoding.of(name, choice.values()) : OneHotEncoding.of(name, choice.values());
        }
        throw new IllegalArgumentException(name + ": " + expression.kind() + " is not available with Bayesian"
                + " sampling, which supports only choice, uniform and quniform (SPEC S5); use random or sobol"
                + " sampling for " + expression.kind());
    }

    SearchSpace space() {
        return space;
    }

    List<ParameterEncoding> parameters() {
        return encodings;
    }

    /** The first coordinate of parameter {@code p}. */
    int offset(int p) {
        return offsets[p];
    }

    /** Total number of coordinates. */
    int width() {
        return width;
    }

    /** The coordinates of {@code configuration}; empty when a value is missing or not in the space. */
    Optional<double[]> encode(Configuration configuration) {
        double[] x = new double[width];
        for (int p = 0; p < encodings.size(); p++) {
            ParameterEncoding encoding = encodings.get(p);
            Object value = configuration.get(encoding.name());
            if (value == null || !encoding.encode(value, x, offsets[p])) {
                return Optional.empty();
            }
        }
        return Optional.of(x);
    }

    /** The configuration nearest to {@code x}, in declaration order. */
    Configuration decode(double[] x) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int p = 0; p < encodings.size(); p++) {
            values.put(encodings.get(p).name(), encodings.get(p).decode(x, offsets[p]));
        }
        return Configuration.of(values);
    }

    /** Moves {@code x} in place onto the nearest point of the space. */
    void snap(double[] x) {
        for (int p = 0; p < encodings.size(); p++) {
            encodings.get(p).snap(x, offsets[p]);
        }
    }

    /** The configuration at quantiles {@code u} (one per parameter) of the space's expressions. */
    Configuration fromQuantiles(double[] u) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Parameter> parameters = space.parameters();
        for (int p = 0; p < parameters.size(); p++) {
            values.put(parameters.get(p).name(), parameters.get(p).expression().quantile(u[p]));
        }
        return Configuration.of(values);
    }

    /** The number of distinct configurations when no parameter is a continuum (saturating); empty otherwise. */
    OptionalLong finiteSize() {
        long size = 1;
        for (ParameterEncoding encoding : encodings) {
            long levels = encoding.levels();
            if (levels == 0) {
                return OptionalLong.empty();
            }
            size = size > Long.MAX_VALUE / levels ? Long.MAX_VALUE : size * levels;
        }
        return OptionalLong.of(size);
    }

    /** The point of a finite space with mixed-radix index {@code index} (last parameter fastest). */
    double[] pointAt(long index) {
        double[] x = new double[width];
        long rest = index;
        for (int p = encodings.size() - 1; p >= 0; p--) {
            long levels = encodings.get(p).levels();
            encodings.get(p).writeLevel(rest % levels, x, offsets[p]);
            rest /= levels;
        }
        return x;
    }
}
