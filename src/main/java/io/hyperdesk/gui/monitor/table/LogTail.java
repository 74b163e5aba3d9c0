package io.hyperdesk.gui.monitor.table;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a growing log file like {@code tail -f}: each {@link #poll()} returns the complete lines
 * written since the last one. Memory is bounded: one poll reads at most {@code maxBytesPerPoll}
 * (older bytes are skipped, with a note), a line is cut at {@code maxLineChars}, and a file that
 * shrank (rotated, rewritten) is read again from its start. Not thread-safe; one caller polls.
 */
public final class LogTail {

    private final Path file;
    private final int maxBytesPerPoll;
    private final int maxLineChars;
    private long offset;
    private final StringBuilder partial = new StringBuilder();

    public LogTail(Path file, int maxBytesPerPoll, int maxLineChars) {
        this.file = file;
        this.maxBytesPerPoll = maxBytesPerPoll;
        this.maxLineChars = maxLineChars;
    }

    /** Starts at the last {@code bytes} of the file (for a long log opened late). */
    public void startNearEnd(long bytes) throws IOException {
        if (Files.isRegularFile(file)) {
            offset = Math.max(0, Files.size(file) - bytes);
        }
    }

    public Path file() {
        return file;
    }

    /** The complete lines written since the last poll; empty when the file does not exist yet. */
    public List<String> poll() throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long size = in.length();
            if (size < offset) {
                lines.add("[the file was truncated; reading it again from the start]");
                offset = 0;
                partial.setLength(0);
            }
            long available = size - offset;
            if (available > maxBytesPerPoll) {
                lines.add("[" + (available - maxBytesPerPoll) + " bytes skipped]");
                offset = size - maxBytesPerPoll;
                partial.setLength(0);
                available = maxBytesPerPoll;
            }
            if (available <= 0) {
                return lines;
            }
            byte[] bytes = new byte[(int) available];
            in.seek(offset);
            in.readFully(bytes);
            int lastNewline = lastIndexOf(bytes, (byte) '\n');
            // Only whole lines are decoded, so a multi-byte character is never split.
            int consumed = lastNewline + 1;
            if (consumed > 0) {
                String text = new String(bytes, 0, consumed, StandardCharsets.UTF_8);
                int start = 0;
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '\n') {
                        appendPartial(text, start, i);
                        lines.add(stripCarriageReturn(partial.toString()));
                        partial.setLength(0);
                        start = i + 1;
                    }
                }
            } else if (available >= maxLineChars) {
                // A huge line without an end: show what there is, cut.
                appendPartial(new String(bytes, StandardCharsets.UTF_8), 0, bytes.length);
                lines.add(partial + " …");
                partial.setLength(0);
                consumed = bytes.length;
            }
            offset += consumed;
        }
        return lines;
    }

    private void appendPartial(String text, int from, int to) {
        int room = maxLineChars - partial.length();
        if (room > 0) {
            partial.append(text, from, Math.min(to, from + room));
        }
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static int lastIndexOf(byte[] bytes, byte value) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
