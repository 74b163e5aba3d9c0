package io.hyperdesk.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MetricLineParserTest {

    @Test
    void valuesKeepTheLinesOrder() {
        MetricLineParser.Result result = MetricLineParser.parseObject("{\"loss\": 0.35, \"accuracy\": 0.91, \"epoch\": 3}");
        assertTrue(result.isValid());
        assertEquals(List.of("loss", "accuracy", "epoch"), List.copyOf(result.values().keySet()));
        assertEquals(Map.of("loss", 0.35, "accuracy", 0.91, "epoch", 3.0), result.values());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": NaN}                 | NaN",
        "{\"a\": Infinity}            | Infinity",
        "{\"a\": -Infinity}           | -Infinity",
        "{\"a\": \"nan\"}             | NaN",
        "{\"a\": \"NaN\"}             | NaN",
        "{\"a\": \"inf\"}             | Infinity",
        "{\"a\": \"-inf\"}            | -Infinity",
        "{\"a\": \"Infinity\"}        | Infinity",
        "{\"a\": 1e400}               | Infinity",
        "{\"a\": 12345678901234567890}| 1.2345678901234567E19",
        "{\"a\": -0.0}                | -0.0",
    })
    void nonFiniteAndLargeValuesAreAcceptedAsLogged(String json, double expected) {
        MetricLineParser.Result result = MetricLineParser.parseObject(json);
        assertTrue(result.isValid(), result.problem());
        assertEquals(expected, result.values().get("a"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": 0.5                 | not valid JSON",
        "{\"a\": \"high\"}           | metric 'a' is the string \"high\", not a number",
        "{\"a\": true}               | metric 'a' is a boolean, not a number",
        "{\"a\": null}               | metric 'a' is null, not a number",
        "{\"a\": [1, 2]}             | metric 'a' is a list, not a number",
        "{\"a\": {\"b\": 1}}         | metric 'a' is an object, not a number",
        "{}                          | no metrics in {}",
        "[0.5]                       | expected a JSON object",
        "0.5                         | expected a JSON object",
        "''                          | no JSON object",
        "{\"a\": 1} {\"b\": 2}       | text after the JSON object",
        "{\"a\": 1, \"a\": 2}        | metric 'a' appears twice",
    })
    void malformedLinesSayWhatIsWrong(String json, String problem) {
        MetricLineParser.Result result = MetricLineParser.parseObject(json);
        assertFalse(result.isValid());
        assertTrue(result.problem().contains(problem), result.problem());
        assertEquals(Map.of(), result.values());
    }

    @Test
    void invalidUtf8InAMetricLineIsMalformedNotACrash() {
        byte[] bytes = {'{', '"', (byte) 0xff, '"', ':', '1', '}'};
        assertFalse(MetricLineParser.parseObject(bytes, 0, bytes.length).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"##hyperdesk {\"a\": 1}", "##hyperdesk\t{\"a\": 1}", "##hyperdesk{\"a\": 1}", "##hyperdesk"})
    void metricLinesAreRecognisedByTheirPrefix(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertEquals(MetricLineParser.PREFIX.length(), MetricLineParser.payloadStart(bytes, 0, bytes.length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"##hyperdesked {\"a\": 1}", " ##hyperdesk {\"a\": 1}", "##hyper", "", "accuracy 0.9"})
    void otherLinesAreOrdinaryOutput(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, MetricLineParser.payloadStart(bytes, 0, bytes.length));
    }

    @Test
    void payloadIsFoundInsideALargerBuffer() {
        byte[] bytes = "xx##hyperdesk {\"a\": 2}yy".getBytes(StandardCharsets.UTF_8);
        int start = MetricLineParser.payloadStart(bytes, 2, bytes.length - 4);
        assertEquals(13, start);
        assertEquals(Map.of("a", 2.0), MetricLineParser.parseObject(bytes, start, bytes.length - 2 - start).values());
    }
}
