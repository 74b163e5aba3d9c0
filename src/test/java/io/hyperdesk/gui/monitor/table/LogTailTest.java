package io.hyperdesk.gui.monitor.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path temp;

    private void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void returnsOnlyNewCompleteLines() throws Exception {
        Path file = temp.resolve("stdout.log");
        LogTail tail = new LogTail(file, 1024, 200);
        assertEquals(List.of(), tail.poll(), "no file yet");
        append(file, "epoch 1\nepoch 2\nhalf");
        assertEquals(List.of("epoch 1", "epoch 2"), tail.poll());
        assertEquals(List.of(), tail.poll());
        append(file, " a line\r\nnext é\n");
        assertEquals(List.of("half a line", "next é"), tail.poll());
    }

    @Test
    void aTruncatedFileIsReadAgainFromItsStart() throws Exception {
        Path file = temp.resolve("stdout.log");
        LogTail tail = new LogTail(file, 1024, 200);
        append(file, "one\ntwo\n");
        tail.poll();
        Files.writeString(file, "new\n");
        List<String> lines = tail.poll();
        assertEquals("new", lines.get(lines.size() - 1));
        assertTrue(lines.get(0).contains("truncated"));
    }

    @Test
    void memoryIsBoundedByBytesPerPollAndLineLength() throws Exception {
        Path file = temp.resolve("stdout.log");
        LogTail tail = new LogTail(file, 100, 10);
        append(file, "x".repeat(500) + "\n" + "last line is long\n");
        List<String> lines = tail.poll();
        assertTrue(lines.get(0).matches("\\[\\d+ bytes skipped]"), lines.toString());
        assertEquals("last line ", lines.get(lines.size() - 1), "cut at 10 characters");
        append(file, "y".repeat(50));
        assertEquals(List.of("y".repeat(10) + " …"), tail.poll(), "a huge unfinished line is shown cut");
    }
}
