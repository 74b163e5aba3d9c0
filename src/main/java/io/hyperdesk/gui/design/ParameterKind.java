package io.hyperdesk.gui.design;

import io.hyperdesk.engine.space.ParameterExpression;
import java.util.List;

/**
 * The ten expression kinds of SPEC §1 as the parameter form offers them: the name written in
 * HyperDrive syntax, the form's argument fields, and values a new parameter of the kind starts with.
 */
public enum ParameterKind {
    CHOICE("choice", List.of("values"), List.of("16, 32, 64"), "one of the listed values"),
    RANDINT("randint", List.of("upper"), List.of("10"), "an integer in [0, upper)"),
    UNIFORM("uniform", List.of("low", "high"), List.of("0.05", "0.1"), "a real in [low, high]"),
    LOGUNIFORM("loguniform", List.of("low", "high"), List.of("-9.2", "-2.3"),
            "exp(uniform(low, high)); bounds are natural logs"),
    NORMAL("normal", List.of("mu", "sigma"), List.of("0", "1"), "a normal real"),
    LOGNORMAL("lognormal", List.of("mu", "sigma"), List.of("0", "1"), "exp(normal(mu, sigma))"),
    QUNIFORM("quniform", List.of("low", "high", "q"), List.of("1", "10", "1"), "round(uniform(low, high) / q) * q"),
    QLOGUNIFORM("qloguniform", List.of("low", "high", "q"), List.of("0", "4.6", "1"),
            "round(exp(uniform(low, high)) / q) * q; bounds are natural logs"),
    QNORMAL("qnormal", List.of("mu", "sigma", "q"), List.of("0", "1", "0.5"), "round(normal(mu, sigma) / q) * q"),
    QLOGNORMAL("qlognormal", List.of("mu", "sigma", "q"), List.of("0", "1", "1"),
            "round(exp(normal(mu, sigma)) / q) * q");

    /** The most arguments any kind takes. */
    public static final int MAX_ARGUMENTS = 3;

    private final String text;
    private final List<String> arguments;
    private final List<String> defaults;
    private final String meaning;

    ParameterKind(String text, List<String> arguments, List<String> defaults, String meaning) {
        this.text = text;
        this.arguments = arguments;
        this.defaults = defaults;
        this.meaning = meaning;
    }

    /** The name in HyperDrive syntax, e.g. {@code loguniform}. */
    public String text() {
        return text;
    }

    /** The form's fields in order; a choice has one, its values as written between the parentheses. */
    public List<String> arguments() {
        return arguments;
    }

    /** The field texts a new parameter of this kind starts with. */
    public List<String> defaults() {
        return defaults;
    }

    /** What a draw is, in one phrase (SPEC E1–E10). */
    public String meaning() {
        return meaning;
    }

    /** True when draws are {@code exp(...)} of something, so the preview's axis is logarithmic. */
    public boolean isLogarithmic() {
        return this == LOGUNIFORM || this == QLOGUNIFORM || this == LOGNORMAL || this == QLOGNORMAL;
    }

    /**
     * True when the form can show the first argument(s) in natural units: the bounds of
     * loguniform/qloguniform (e^low, e^high) and the median e^mu of lognormal/qlognormal.
     */
    public boolean hasNaturalUnits() {
        return isLogarithmic();
    }

    /** How many leading arguments the natural-units toggle converts: both bounds, or mu. */
    public int naturalArguments() {
        if (this == LOGUNIFORM || this == QLOGUNIFORM) {
            return 2;
        }
        return this == LOGNORMAL || this == QLOGNORMAL ? 1 : 0;
    }

    /** The label of argument {@code index}, in natural units when {@code natural} applies to it. */
    public String label(int index, boolean natural) {
        if (natural && index < naturalArguments()) {
            return naturalArguments() == 1 ? "median (e^mu)" : "e^" + arguments.get(index);
        }
        return arguments.get(index);
    }

    /** The kind of an expression record. */
    public static ParameterKind of(ParameterExpression expression) {
        return named(expression.kind());
    }

    /** The kind written {@code name}, or null. */
    public static ParameterKind named(String name) {
        for (ParameterKind kind : values()) {
            if (kind.text.equals(name)) {
                return kind;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
