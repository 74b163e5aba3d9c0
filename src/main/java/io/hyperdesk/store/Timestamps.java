package io.hyperdesk.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * How the store writes sweep, run and state-change times: ISO-8601 UTC text with exactly nine
 * fraction digits. Exact for every {@link Instant} a clock gives (a millisecond column would drop
 * the micro- and nanoseconds that {@code Instant.now()} has), readable in the sqlite3 shell, and
 * fixed-width so that text order is time order ({@code ORDER BY created_at}).
 */
final class Timestamps {

    private static final DateTimeFormatter TEXT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
            .appendLiteral('Z')
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String format(Instant instant) {
        return TEXT.format(instant);
    }

    /** The text for {@code instant}, or null (SQL NULL) when there is none. */
    static String formatNullable(Optional<Instant> instant) {
        return instant.map(Timestamps::format).orElse(null);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }

    static Optional<Instant> parseNullable(String text) {
        return text == null ? Optional.empty() : Optional.of(parse(text));
    }
}
