package io.hyperdesk.exec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Follows a file another process appends to and hands over each complete line that starts with a
 * given prefix. Lines that do not start with it are passed over without being copied, so ordinary
 * log output costs one scan for the newline; a matching line longer than the cap is reported
 * (with its length) instead of buffered, so a line of megabytes without a newline cannot exhaust
 * memory.
 *
 * <p>Used by one thread at a time (the run's watcher): {@link #poll()} while the writer lives,
 * {@link #finish()} once it is gone, which also delivers a last line that has no newline.
 */
final class LineTailer {

    /** Receives lines; called on the polling thread. */
    interface Sink {

        /** A complete line (without its {@code \n} or {@code \r\n}); the bytes are only valid during the call. */
        void line(byte[] bytes, int offset, int length);

        /** A matching line longer than the cap, of {@code length} bytes; not delivered. */
        void overlong(long length);

        /** The file became shorter than what was read (it was truncated or replaced); reading starts over. */
        default void shrank(long previousLength, long newLength) {
        }
    }

    private static final int CHUNK = 64 * 1024;

    private final Path file;
    private final byte[] prefix;
    private final int maxLineBytes;
    private final Sink sink;
    private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK);

    private long position;
    private byte[] line = new byte[256];
    private int buffered;
    private long lineLength;
    private boolean skipping;
    private boolean overlong;

    LineTailer(Path file, byte[] prefix, int maxLineBytes, Sink sink) {
        this.file = file;
        this.prefix = prefix.clone();
        this.maxLineBytes = maxLineBytes;
        this.sink = sink;
    }

    /** Reads what was appended since the last call, up to the file's length at the call. */
    void poll() throws IOException {
        long size = file.toFile().length(); // 0 when missing: a file not written yet is empty
        if (size < position) {
            long previous = position;
            position = 0;
            resetLine();
            sink.shrank(previous, size);
        }
        if (size == position) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(position);
            while (position < size) {
                chunk.clear();
                int read = channel.read(chunk);
                if (read < 0) {
                    break;
                }
                position += read;
                accept(chunk.array(), 0, read);
            }
        }
    }

    /** Reads the rest of the file and delivers its last line even without a newline. */
    void finish() throws IOException {
        poll();
        if (lineLength > 0) {
            endLine();
        }
    }

    /** Bytes read so far. */
    long position() {
        return position;
    }

    private void accept(byte[] bytes, int offset, int length) {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                append(bytes, start, i - start);
                endLine();
                start = i + 1;
            }
        }
        append(bytes, start, end - start);
    }

    private void append(byte[] bytes, int offset, int length) {
        if (length == 0 || skipping) {
            lineLength += length;
            return;
        }
        int checked = (int) Math.min(lineLength, prefix.length);
        int toCheck = (int) Math.min(prefix.length - checked, length);
        for (int k = 0; k < toCheck; k++) {
            if (bytes[offset + k] != prefix[checked + k]) {
                skipping = true;
                buffered = 0;
                lineLength += length;
                return;
            }
        }
        lineLength += length;
        if (overlong || lineLength > maxLineBytes + 1L) { // +1: room for a '\r' before the newline
            overlong = true;
            buffered = 0;
            return;
        }
        if (buffered + length > line.length) {
            line = Arrays.copyOf(line, Math.max(buffered + length, Math.min(line.length * 2, maxLineBytes + 1)));
        }
        System.arraycopy(bytes, offset, line, buffered, length);
        buffered += length;
    }

    private void endLine() {
        if (!skipping && lineLength >= prefix.length) {
            if (overlong) {
                sink.overlong(lineLength);
            } else {
                int length = buffered > 0 && line[buffered - 1] == '\r' ? buffered - 1 : buffered;
                if (length <= maxLineBytes) {
                    sink.line(line, 0, length);
                } else {
                    sink.overlong(length);
                }
            }
        }
        resetLine();
    }

    private void resetLine() {
        buffered = 0;
        lineLength = 0;
        skipping = false;
        overlong = false;
    }
}
