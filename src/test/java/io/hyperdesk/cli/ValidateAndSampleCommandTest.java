package io.hyperdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndSampleCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private Path sweepFile(String space, String extra) throws Exception {
        Path file = temp.resolve("sweep.json");
        Files.writeString(file, TestProjects.sweep(space, extra));
        return file;
    }

    @Test
    void validateSummarizesAValidFileOnOneLine() throws Exception {
        Path file = sweepFile("{\"lr\": \"loguniform(-9.2, -2.3)\", \"bs\": \"choice(16, 32)\"}",
                "\"sampling\": {\"method\": \"sobol\", \"seed\": 4}, \"max_total_runs\": 20, \"max_concurrent_runs\": 2, "
                        + "\"policy\": {\"type\": \"median_stopping\"}");
        CliRunner.Result result = CliRunner.run("validate", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(1, result.out().lines().count());
        assertTrue(result.out().contains("valid; 2 parameters, continuous space, sobol sampling (seed 4), maximize accuracy, "
                + "median_stopping policy, max_total_runs 20, max_concurrent_runs 2, max_duration_minutes 10080"), result.out());
    }

    @Test
    void validateGivesExitTwoAndOneErrorLinePerProblemAndWarningsOnStderr() throws Exception {
        Path file = sweepFile("{\"a\": \"choice(1, 2, 3)\", \"b\": \"normal(0, -1)\"}",
                "\"sampling\": {\"method\": \"grid\"}, \"max_total_runs\": 2");
        CliRunner.Result result = CliRunner.run("validate", file.toString());
        assertEquals(2, result.exitCode());
        List<String> errors = result.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), result.err());
        assertTrue(errors.get(0).startsWith("error: parameter_space.b: normal(0, -1): "), errors.get(0));
        assertFalse(result.err().contains("Exception"));

        Path grid = sweepFile("{\"a\": \"choice(1, 2, 3)\", \"b\": \"choice(4, 5)\"}",
                "\"sampling\": {\"method\": \"grid\"}, \"max_total_runs\": 4");
        CliRunner.Result warned = CliRunner.run("validate", grid.toString());
        assertEquals(0, warned.exitCode());
        assertTrue(warned.err().startsWith("warning: ") && warned.err().contains("6") && warned.err().contains("2"),
                warned.err());
        assertTrue(warned.out().contains("space size 6"), warned.out());
    }

    @Test
    void validateOfAMissingFileNamesIt() {
        CliRunner.Result result = CliRunner.run("validate", temp.resolve("nope.json").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("error: file: cannot read "), result.err());
    }

    @Test
    void samplePrintsReproducibleJsonLinesWithIntegersAsIntegers() throws Exception {
        Path file = sweepFile("{\"lr\": \"uniform(0, 1)\", \"bs\": \"choice(16, 32)\", \"act\": \"choice(\\\"relu\\\", \\\"tanh\\\")\"}",
                "\"sampling\": {\"method\": \"random\", \"seed\": 9}, \"max_total_runs\": 5");
        CliRunner.Result first = CliRunner.run("sample", file.toString(), "-n", "25");
        CliRunner.Result again = CliRunner.run("sample", file.toString(), "-n", "25");
        CliRunner.Result other = CliRunner.run("sample", file.toString(), "-n", "25", "--seed", "10");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), again.out());
        assertFalse(first.out().equals(other.out()));
        List<String> lines = first.out().lines().toList();
        assertEquals(25, lines.size());
        for (String line : lines) {
            JsonNode node = MAPPER.readTree(line);
            assertEquals(List.of("lr", "bs", "act"), names(node));
            assertTrue(node.get("bs").isIntegralNumber(), line);
            assertTrue(node.get("lr").isDouble(), line);
            assertTrue(node.get("act").isTextual(), line);
        }
    }

    @Test
    void sampleStopsWhenAnAllChoiceSpaceIsExhausted() throws Exception {
        Path file = sweepFile("{\"a\": \"choice(1, 2)\", \"b\": \"choice(3, 4, 5)\"}",
                "\"sampling\": {\"method\": \"random\", \"seed\": 1}, \"max_total_runs\": 5");
        CliRunner.Result result = CliRunner.run("sample", file.toString(), "-n", "10");
        assertEquals(0, result.exitCode());
        Set<String> distinct = new HashSet<>(result.out().lines().toList());
        assertEquals(6, result.out().lines().count());
        assertEquals(6, distinct.size());
        assertTrue(result.err().contains("exhausted after 6"), result.err());
    }

    @Test
    void gridSamplePrintsTheProductInDeclarationOrderLastFastest() throws Exception {
        Path file = sweepFile("{\"a\": \"choice(1, 2)\", \"b\": \"choice(\\\"x\\\", \\\"y\\\")\"}",
                "\"sampling\": {\"method\": \"grid\"}, \"max_total_runs\": 10");
        CliRunner.Result result = CliRunner.run("sample", file.toString(), "-n", "10");
        assertEquals(List.of("{\"a\":1,\"b\":\"x\"}", "{\"a\":1,\"b\":\"y\"}", "{\"a\":2,\"b\":\"x\"}", "{\"a\":2,\"b\":\"y\"}"),
                result.out().lines().toList());
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : List.of("validate", "sample", "run", "resume", "sweeps", "runs", "best", "gui")) {
            CliRunner.Result help = CliRunner.run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().startsWith("Usage: hyperdesk " + command), help.out());
            CliRunner.Result version = CliRunner.run(command, "--version");
            assertTrue(version.out().startsWith("HyperDesk "), command + ": " + version.out());
        }
        assertTrue(CliRunner.run("--help").out().contains("validate"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
