package io.hyperdesk.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * HyperDesk's own notes about one run, appended to the run folder's {@code hyperdesk.log} (never
 * to the script's {@code stdout.log}/{@code stderr.log}, which stay byte for byte what the script
 * wrote). One line per note: an ISO-8601 timestamp, then the text.
 *
 * <p>Written rarely (warnings are capped per run), so each note opens and closes the file;
 * thread-safe.
 */
final class RunLog {

    private final Path file;

    RunLog(Path file) {
        this.file = file;
    }

    /** Appends one note; a failure to write is returned as text rather than thrown (the run goes on). */
    synchronized String append(String text) {
        String line = Instant.now() + " " + text.replace('\n', ' ') + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return null;
        } catch (IOException e) {
            return "could not write " + file + ": " + e.getMessage();
        }
    }
}
