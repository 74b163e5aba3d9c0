package io.hyperdesk.gui.design;

import java.util.ArrayList;
import java.util.List;

/**
 * The command after the user picked a training script with the file chooser: the script replaces
 * the old one and the command's own arguments stay ({@code python3 old.py --epochs 20} becomes
 * {@code python3 new.py --epochs 20}); a Python script gets {@code python3}, a shell script {@code bash}.
 */
final class ScriptCommand {

    private ScriptCommand() {
    }

    static String withScript(String commandLine, String script) {
        List<String> arguments = new ArrayList<>(CommandLineText.split(commandLine).arguments());
        boolean interpreted = !arguments.isEmpty() && isInterpreter(arguments.get(0));
        if (interpreted && arguments.size() >= 2) {
            arguments.set(1, script);
            return CommandLineText.join(arguments);
        }
        List<String> rest = arguments.isEmpty() || interpreted ? List.of() : arguments.subList(1, arguments.size());
        List<String> result = new ArrayList<>();
        if (script.endsWith(".py")) {
            result.add("python3");
        } else if (script.endsWith(".sh")) {
            result.add("bash");
        }
        result.add(script);
        result.addAll(rest);
        return CommandLineText.join(result);
    }

    private static boolean isInterpreter(String program) {
        String name = program.substring(program.lastIndexOf('/') + 1);
        return name.startsWith("python") || name.equals("bash") || name.equals("sh") || name.equals("Rscript")
                || name.equals("julia") || name.equals("node");
    }
}
