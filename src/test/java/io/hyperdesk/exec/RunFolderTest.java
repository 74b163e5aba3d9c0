package io.hyperdesk.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunFolderTest {

    @TempDir
    Path directory;

    @Test
    void filesOfARunLiveInItsFolder() throws Exception {
        Path runs = directory.resolve(".hyperdesk/runs");
        RunFolder folder = RunFolder.of(runs, "digits_3");
        assertEquals(runs.resolve("digits_3"), folder.directory());
        assertEquals(runs.resolve("digits_3/stdout.log"), folder.stdoutLog());
        assertEquals(runs.resolve("digits_3/stderr.log"), folder.stderrLog());
        assertEquals(runs.resolve("digits_3/outputs"), folder.outputs());
        assertEquals(runs.resolve("digits_3/metrics.jsonl"), folder.metricsFile());
        assertEquals(runs.resolve("digits_3/hyperdesk.log"), folder.hyperdeskLog());
        folder.create();
        assertTrue(Files.isDirectory(folder.outputs()));
        folder.create(); // again: no error
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", "..", "a/b", "../x", "a\\b"})
    void idsThatAreNoPlainFolderNameAreRefused(String runId) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> RunFolder.of(directory, runId));
        assertTrue(refused.getMessage().contains("'" + runId + "'"), refused.getMessage());
    }
}
