package io.hyperdesk.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the script writes: kept byte for byte, parsed where it is a metric line, never a crash. */
class LocalProcessLauncherOutputTest {

    @TempDir
    Path directory;
    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(directory);
    }

    @Test
    void outputThatIsNotUtf8IsKeptByteForByte() throws Exception {
        project.script("bytes.py", """
                import sys
                sys.stdout.buffer.write(b"caf\\xe9 \\xff\\xfe\\x80\\r\\n##hyperdesk {\\"accuracy\\": 0.25}\\n\\x00tail")
                sys.stderr.buffer.write(b"\\xc3\\x28 warning \\xe9\\n")
                """);
        RecordingObserver observer = new RecordingObserver();

        project.launchPython("sweep_0", "bytes.py", observer);

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT));
        RunFolder folder = project.folder("sweep_0");
        assertArrayEquals(bytes("caf\u00e9 \u00ff\u00fe\u0080\r\n##hyperdesk {\"accuracy\": 0.25}\n\u0000tail"),
                Files.readAllBytes(folder.stdoutLog()));
        assertArrayEquals(bytes("\u00c3( warning \u00e9\n"), Files.readAllBytes(folder.stderrLog()));
        assertEquals(List.of(0.25), observer.values("accuracy"));
    }

    @Test
    void malformedMetricLinesAreWarningsInTheRunsLogAndTheRunGoesOn() throws Exception {
        project.script("malformed.sh", """
                echo '##hyperdesk {"accuracy": 0.5'
                echo '##hyperdesk {"accuracy": "high"}'
                echo '##hyperdesk {}'
                echo '##hyperdesk [0.5]'
                echo '##hyperdesk'
                echo '##hyperdesked is ordinary output'
                echo '  ##hyperdesk {"indented": 1} is ordinary output too'
                echo '##hyperdesk {"accuracy": 0.75}'
                echo '{"accuracy": 0.1}' >> "$HYPERDESK_METRICS_FILE"
                echo 'not json' >> "$HYPERDESK_METRICS_FILE"
                """);
        RecordingObserver observer = new RecordingObserver();

        project.launcher.launch(project.request("sweep_0", "sh", "malformed.sh"), observer);

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT));
        assertEquals(List.of(0.75, 0.1), observer.values("accuracy"));
        assertEquals(6, observer.warnings.size(), observer.warnings.toString());
        assertTrue(observer.warnings.get(1).contains("metric 'accuracy' is the string \"high\", not a number"),
                observer.warnings.get(1));
        assertTrue(observer.warnings.get(5).contains("metrics file"), observer.warnings.get(5));
        String log = Files.readString(project.folder("sweep_0").hyperdeskLog());
        assertEquals(6, log.lines().filter(line -> line.contains("warning: malformed metric line")).count(), log);
    }

    @Test
    void aFloodOfMetricLinesArrivesCompletelyAndInOrder() throws Exception {
        int lines = 100_000;
        project.script("flood.py", """
                import sys
                n = int(sys.argv[1])
                for start in range(0, n, 1000):
                    sys.stdout.write("".join('##hyperdesk {"step": %d, "loss": 0.5}\\nnoise %d\\n' % (i, i)
                                             for i in range(start, min(n, start + 1000))))
                """);
        RecordingObserver observer = new RecordingObserver();

        project.launchPython("sweep_0", "flood.py", observer, Integer.toString(lines));

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT));
        List<Double> steps = observer.values("step");
        assertEquals(lines, steps.size());
        for (int i = 0; i < lines; i++) {
            assertEquals(i, steps.get(i), 0.0);
        }
        assertEquals(List.of(), observer.warnings);
    }

    @Test
    void hugeLinesAreLoggedCompletelyButNotParsed() throws Exception {
        project.script("huge.py", """
                import sys
                sys.stdout.write("x" * (3 << 20) + "\\n")                       # ordinary, 3 MiB
                sys.stdout.write('##hyperdesk {"a": "' + "y" * (2 << 20) + '"}\\n')  # metric, 2 MiB
                sys.stdout.write('##hyperdesk {"accuracy": 0.5}\\n')
                sys.stdout.write("z" * (2 << 20))                                # no newline at all
                """);
        RecordingObserver observer = new RecordingObserver();

        project.launchPython("sweep_0", "huge.py", observer);

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT));
        long expected = (3 << 20) + "\n".length() + "##hyperdesk {\"a\": \"\"}\n".length() + (2 << 20)
                + "##hyperdesk {\"accuracy\": 0.5}\n".length() + (2 << 20);
        assertEquals(expected, Files.size(project.folder("sweep_0").stdoutLog()));
        assertEquals(List.of(0.5), observer.values("accuracy"));
        assertEquals(1, observer.warnings.size(), observer.warnings.toString());
        assertTrue(observer.warnings.get(0).contains("longer than the limit"), observer.warnings.get(0));
    }

    @Test
    void aStreamOfMalformedLinesIsReportedUpToTheCapThenSummedUp() throws Exception {
        project.script("noisy.py", """
                for i in range(250):
                    print("##hyperdesk oops", i)
                """);
        RecordingObserver observer = new RecordingObserver();

        project.launchPython("sweep_0", "noisy.py", observer);

        assertEquals(0, observer.awaitExit(TestProject.TIMEOUT));
        assertEquals(RunOutput.MAX_WARNINGS + 1, observer.warnings.size());
        assertTrue(observer.warnings.get(RunOutput.MAX_WARNINGS).startsWith("150 more warning(s)"),
                observer.warnings.get(RunOutput.MAX_WARNINGS));
    }

    /** The bytes of {@code text} with each char taken as one byte (ISO-8859-1). */
    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
