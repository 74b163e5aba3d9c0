package io.hyperdesk.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineTailerTest {

    @TempDir
    Path directory;

    private final List<String> lines = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private LineTailer tailer(Path file, String prefix, int maxLineBytes) {
        return new LineTailer(file, prefix.getBytes(StandardCharsets.UTF_8), maxLineBytes, new LineTailer.Sink() {
            @Override
            public void line(byte[] bytes, int offset, int length) {
                lines.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public void overlong(long length) {
                events.add("overlong " + length);
            }

            @Override
            public void shrank(long previousLength, long newLength) {
                events.add("shrank " + previousLength + " -> " + newLength);
            }
        });
    }

    @Test
    void aMissingFileIsEmptyUntilItAppears() throws IOException {
        Path file = directory.resolve("metrics.jsonl");
        LineTailer tailer = tailer(file, "", 100);
        tailer.poll();
        append(file, "a\n");
        tailer.poll();
        assertEquals(List.of("a"), lines);
    }

    @Test
    void partialLinesWaitForTheirNewlineAndTheLastOneIsDeliveredAtTheEnd() throws IOException {
        Path file = directory.resolve("out");
        LineTailer tailer = tailer(file, "", 100);
        append(file, "one\r\ntw");
        tailer.poll();
        assertEquals(List.of("one"), lines);
        append(file, "o\n\nthr");
        tailer.poll();
        assertEquals(List.of("one", "two", ""), lines);
        append(file, "ee");
        tailer.finish();
        assertEquals(List.of("one", "two", "", "three"), lines);
    }

    @Test
    void onlyLinesWithThePrefixAreDeliveredEvenWhenSplitAcrossPolls() throws IOException {
        Path file = directory.resolve("out");
        LineTailer tailer = tailer(file, "##m", 100);
        append(file, "#");
        tailer.poll();
        append(file, "#m 1\n##x 2\n#\n##m");
        tailer.poll();
        append(file, " 3\nplain ##m 4\n##");
        tailer.finish();
        assertEquals(List.of("##m 1", "##m 3"), lines);
    }

    @Test
    void linesOverTheCapAreReportedNotBufferedAndOrdinaryLongLinesAreSkipped() throws IOException {
        Path file = directory.resolve("out");
        LineTailer tailer = tailer(file, "##m", 10);
        append(file, "##m " + "x".repeat(50_000) + "\n" + "y".repeat(50_000) + "\n##m 123456\r\n##m 1234567\n");
        tailer.finish();
        assertEquals(List.of("##m 123456"), lines, "exactly at the cap, with a \\r before the newline");
        assertEquals(List.of("overlong 50004", "overlong 11"), events);
    }

    @Test
    void aFileThatShrinksIsReadAgainFromTheStart() throws IOException {
        Path file = directory.resolve("metrics.jsonl");
        LineTailer tailer = tailer(file, "", 100);
        append(file, "first line\n");
        tailer.poll();
        Files.writeString(file, "new\n");
        tailer.poll();
        assertEquals(List.of("first line", "new"), lines);
        assertEquals(List.of("shrank 11 -> 4"), events);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
