package io.hyperdesk.engine.sweep;

import io.hyperdesk.engine.space.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The argument vector of a run (DESIGN "Training-script protocol"): the sweep's command followed
 * by {@code --<name> <value>} for every parameter, in declaration order.
 */
public final class RunCommand {

    private RunCommand() {
    }

    /** {@code command} plus one {@code --name value} pair per parameter. */
    public static List<String> arguments(List<String> command, Configuration parameters) {
        List<String> arguments = new ArrayList<>(command);
        for (Map.Entry<String, Object> entry : parameters.values().entrySet()) {
            arguments.add("--" + entry.getKey());
            arguments.add(formatValue(entry.getValue()));
        }
        return arguments;
    }

    /**
     * A parameter value as the script receives it: integers without a decimal point, floats in
     * shortest round-trip form, strings as they are, booleans as Python prints them.
     */
    public static String formatValue(Object value) {
        if (value instanceof Double d) {
            return io.hyperdesk.engine.space.NumberText.shortest(d);
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(value);
    }
}
