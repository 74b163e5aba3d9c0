package io.hyperdesk.gui.design;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of the designer as the user left it, valid or not: the immutable snapshot that
 * undo/redo and the sweep draft keep.
 *
 * @param name           the parameter's name
 * @param kind           the kind chosen in the form
 * @param arguments      the form's argument fields as typed, {@link ParameterKind#MAX_ARGUMENTS} of them
 * @param naturalUnits   whether the log-kind fields are shown in natural units
 * @param expressionText the expression in HyperDrive syntax, as typed or as the form built it
 */
public record ParameterDraft(String name, ParameterKind kind, List<String> arguments, boolean naturalUnits,
                             String expressionText) {

    public ParameterDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
        if (arguments.size() != ParameterKind.MAX_ARGUMENTS) {
            throw new IllegalArgumentException("a draft holds " + ParameterKind.MAX_ARGUMENTS + " argument fields");
        }
        Objects.requireNonNull(expressionText, "expressionText");
    }
}
