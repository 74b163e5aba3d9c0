package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.sweep.RunCommand;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the monitor writes numbers, times and command lines for people. */
public final class CellFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private CellFormat() {
    }

    /** A metric or parameter value with up to 5 significant digits; empty for NaN (no value). */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e6 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return withoutTrailingZeros(String.format(Locale.ROOT, "%.5g", value));
    }

    /** An axis tick: 3 significant digits, short scientific form outside 0.001 .. 100,000. */
    public static String tick(double value) {
        if (!Double.isFinite(value) || value == Math.rint(value) && Math.abs(value) < 1e5) {
            return number(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e5 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return withoutTrailingZeros(String.format(Locale.ROOT, "%.3g", value));
    }

    /** {@code 0.12300} → {@code 0.123}, {@code 2.000} → {@code 2}; scientific forms and integers as they are. */
    private static String withoutTrailingZeros(String text) {
        if (text.indexOf('.') < 0 || text.indexOf('e') >= 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    /** A parameter value as the table shows it: numbers shortened, text as is. */
    public static String parameter(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        return RunCommand.formatValue(value);
    }

    /** Local date and time; empty for 0 (never). */
    public static String time(long epochMillis) {
        return epochMillis == 0 ? "" : TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** {@code 1h 02m 03s}, {@code 2m 05s}, {@code 4.2s}; empty for 0 when the run never started. */
    public static String duration(long millis, boolean started) {
        if (!started) {
            return "";
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm %02ds", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** A command line a shell would read back as the same arguments (POSIX single quotes). */
    public static String commandLine(List<String> arguments) {
        StringBuilder line = new StringBuilder();
        for (String argument : arguments) {
            if (line.length() > 0) {
                line.append(' ');
            }
            if (!argument.isEmpty() && argument.matches("[A-Za-z0-9_./=:,+@%-]+")) {
                line.append(argument);
            } else {
                line.append('\'').append(argument.replace("'", "'\\''")).append('\'');
            }
        }
        return line.toString();
    }
}
