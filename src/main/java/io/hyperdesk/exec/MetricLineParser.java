package io.hyperdesk.exec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The metric line protocol (DESIGN "Training-script protocol"): a stdout line
 * {@code ##hyperdesk {"accuracy": 0.91, "loss": 0.35}}, or the same JSON object alone as a line of
 * {@code HYPERDESK_METRICS_FILE}. Each value must be a number; NaN, Infinity and -Infinity are
 * accepted bare (as Python's {@code json.dumps} writes them) and as strings such as
 * {@code "nan"}, {@code "inf"}, {@code "-Infinity"} (SPEC M5 keeps them as logged).
 *
 * <p>Stateless and thread-safe; called by launchers for every candidate line, so it parses
 * straight from bytes with Jackson's streaming parser.
 */
public final class MetricLineParser {

    /** What starts a metric line on stdout. */
    public static final String PREFIX = "##hyperdesk";

    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private MetricLineParser() {
    }

    /**
     * One parsed line: either the values (name to value, in the line's order) or the problem.
     *
     * @param values  the metrics, unmodifiable; empty when the line is malformed
     * @param problem why the line is malformed, or {@code null} when it is valid
     */
    public record Result(Map<String, Double> values, String problem) {

        public Result {
            Objects.requireNonNull(values, "values");
        }

        static Result valid(Map<String, Double> values) {
            return new Result(Collections.unmodifiableMap(values), null);
        }

        static Result malformed(String problem) {
            return new Result(Map.of(), problem);
        }

        public boolean isValid() {
            return problem == null;
        }
    }

    /** The raw prefix bytes, for launchers that filter lines before buffering them. */
    public static byte[] prefixBytes() {
        return PREFIX_BYTES.clone();
    }

    /**
     * Where the JSON of a stdout metric line starts, or -1 when the line is ordinary output. A
     * metric line starts with {@link #PREFIX} followed by whitespace, {@code {} or nothing
     * ({@code ##hyperdeskfoo} is ordinary output; {@code ##hyperdesk} alone is a malformed metric
     * line).
     */
    public static int payloadStart(byte[] line, int offset, int length) {
        if (length < PREFIX_BYTES.length) {
            return -1;
        }
        for (int i = 0; i < PREFIX_BYTES.length; i++) {
            if (line[offset + i] != PREFIX_BYTES[i]) {
                return -1;
            }
        }
        int next = offset + PREFIX_BYTES.length;
        if (next == offset + length) {
            return next;
        }
        byte b = line[next];
        return b == ' ' || b == '\t' || b == '{' ? next : -1;
    }

    /** Parses a JSON object of metrics from {@code length} UTF-8 bytes at {@code offset}. */
    public static Result parseObject(byte[] bytes, int offset, int length) {
        try (JsonParser parser = JSON.createParser(bytes, offset, length)) {
            return read(parser);
        } catch (JsonProcessingException e) {
            return Result.malformed("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return Result.malformed("could not be read: " + e.getMessage());
        }
    }

    /** Parses a JSON object of metrics from text. */
    public static Result parseObject(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parseObject(bytes, 0, bytes.length);
    }

    private static Result read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return Result.malformed("no JSON object after " + PREFIX + "; write e.g. {\"accuracy\": 0.91}");
        }
        if (first != JsonToken.START_OBJECT) {
            return Result.malformed("expected a JSON object like {\"accuracy\": 0.91}, found " + describe(first));
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken valueToken = parser.nextToken();
            Double value = valueOf(parser, valueToken);
            if (value == null) {
                return Result.malformed("metric '" + name + "' is " + describe(valueToken, parser)
                        + ", not a number");
            }
            if (values.put(name, value) != null) {
                return Result.malformed("metric '" + name + "' appears twice in one line");
            }
        }
        if (parser.nextToken() != null) {
            return Result.malformed("text after the JSON object");
        }
        if (values.isEmpty()) {
            return Result.malformed("no metrics in {}; write e.g. {\"accuracy\": 0.91}");
        }
        return Result.valid(values);
    }

    private static Double valueOf(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            return nonFinite(parser.getText());
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
        }
        return null;
    }

    /** The string forms of NaN and ±Infinity that Python and other loggers write. */
    private static Double nonFinite(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "+inf":
            case "infinity":
            case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return null;
        }
    }

    private static String describe(JsonToken token, JsonParser parser) throws IOException {
        return token == JsonToken.VALUE_STRING ? "the string \"" + parser.getText() + "\"" : describe(token);
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_ARRAY:
                return "a list";
            case START_OBJECT:
                return "an object";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            case VALUE_STRING:
                return "a string";
            default:
                return "a number";
        }
    }
}
