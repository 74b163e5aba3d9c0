package io.hyperdesk.gui.runs;

/** Elapsed and limit times as a person reads them: {@code 0:42}, {@code 12:05}, {@code 1:02:03}. */
final class DurationText {

    private DurationText() {
    }

    static String of(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
    }
}
