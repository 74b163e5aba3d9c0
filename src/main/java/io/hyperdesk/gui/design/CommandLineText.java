package io.hyperdesk.gui.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The training command as one line of text in the form and as a list of arguments in sweep.json.
 * Splitting follows the familiar shell rules for blanks and quotes, but nothing else: no shell ever
 * runs the command (DESIGN "Training-script protocol"), so {@code ;} or {@code $HOME} stay literal.
 */
public final class CommandLineText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+,@%^-]+");

    private CommandLineText() {
    }

    /** The outcome of {@link #split}: the arguments, or what is wrong with the line. */
    public record Split(List<String> arguments, Optional<String> problem) {
    }

    /**
     * Splits at blanks; {@code '…'} quotes literally, {@code "…"} quotes with {@code \"} and
     * {@code \\} escapes, a backslash outside quotes takes the next character literally.
     */
    public static Split split(String line) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        char quote = 0;
        String text = line == null ? "" : line;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                    current.append(text.charAt(++i));
                } else {
                    current.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (inArgument) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                inArgument = true;
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else {
                    current.append(c);
                }
            }
        }
        if (quote != 0) {
            return new Split(List.of(), Optional.of("the quote " + quote + " is not closed; close it, e.g. "
                    + "python3 \"my script.py\""));
        }
        if (inArgument) {
            arguments.add(current.toString());
        }
        return new Split(arguments, Optional.empty());
    }

    /** The arguments as one line that {@link #split} reads back to the same list. */
    public static String join(List<String> arguments) {
        StringBuilder line = new StringBuilder();
        for (String argument : arguments) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(quote(argument));
        }
        return line.toString();
    }

    /** One argument, quoted only when it needs to be. */
    public static String quote(String argument) {
        if (PLAIN.matcher(argument).matches()) {
            return argument;
        }
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
