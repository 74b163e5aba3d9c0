package io.hyperdesk.exec;

import io.hyperdesk.engine.sweep.RunObserver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What a running script reports, read from its files: metric lines in {@code stdout.log} and the
 * lines of {@code metrics.jsonl}, parsed and handed to the observer; problems written to
 * {@code hyperdesk.log} and passed on as warnings. Reading the files the process writes (rather
 * than pipes) keeps the logs byte-exact without a copy and means a child that outlives the script
 * can never hold the run open.
 *
 * <p>Used by the run's watcher thread only: stdout first, then the metrics file, on every poll,
 * so each source's lines reach the observer in the order they were written.
 */
final class RunOutput {

    /**
     * Longest metric line parsed; a longer one (a runaway print without a newline) stays in
     * stdout.log only, so one line cannot take the launcher's memory.
     */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** Warnings reported one by one; more are counted and summed up at the end. */
    static final int MAX_WARNINGS = 100;

    private static final int QUOTE_CHARS = 200;

    private final RunObserver observer;
    private final RunLog log;
    private final LineTailer stdout;
    private final LineTailer metricsFile;
    private int warnings;

    RunOutput(RunFolder folder, RunObserver observer) {
        this.observer = observer;
        this.log = new RunLog(folder.hyperdeskLog());
        this.stdout = new LineTailer(folder.stdoutLog(), MetricLineParser.prefixBytes(), MAX_LINE_BYTES,
                new Source("stdout", true));
        this.metricsFile = new LineTailer(folder.metricsFile(), new byte[0], MAX_LINE_BYTES,
                new Source("metrics file", false));
    }

    /** Reads and delivers what was written since the last call. */
    void poll() {
        read(stdout, false);
        read(metricsFile, false);
    }

    /** Reads and delivers everything that is left, including last lines without a newline. */
    void finish() {
        read(stdout, true);
        read(metricsFile, true);
        if (warnings > MAX_WARNINGS) {
            int unreported = warnings - MAX_WARNINGS;
            warnings = 0; // so this summary itself is reported
            warn(unreported + " more warning(s) like the ones above were not reported one by one");
        }
    }

    /** Writes {@code message} to the run's log and tells the observer (at most {@value #MAX_WARNINGS} times). */
    void warn(String message) {
        warnings++;
        if (warnings > MAX_WARNINGS) {
            return;
        }
        String failure = log.append("warning: " + message);
        String text = failure == null ? message : message + " (and " + failure + ")";
        try {
            observer.onWarning(text);
        } catch (RuntimeException e) {
            note("the sweep failed to take a warning: " + e);
        }
    }

    /** Writes {@code message} to the run's log only. */
    void note(String message) {
        log.append(message);
    }

    private void read(LineTailer tailer, boolean toTheEnd) {
        try {
            if (toTheEnd) {
                tailer.finish();
            } else {
                tailer.poll();
            }
        } catch (IOException e) {
            warn("could not read the run's output: " + e.getMessage());
        }
    }

    /** Parses the lines of one source. */
    private final class Source implements LineTailer.Sink {

        private final String name;
        private final boolean prefixRequired;

        Source(String name, boolean prefixRequired) {
            this.name = name;
            this.prefixRequired = prefixRequired;
        }

        @Override
        public void line(byte[] bytes, int offset, int length) {
            int start = MetricLineParser.payloadStart(bytes, offset, length);
            if (start < 0) {
                if (prefixRequired || isBlank(bytes, offset, length)) {
                    return; // ordinary output such as "##hyperdesked", or an empty line in the file
                }
                start = offset;
            }
            MetricLineParser.Result result = MetricLineParser.parseObject(bytes, start, offset + length - start);
            long now = System.currentTimeMillis();
            if (!result.isValid()) {
                warn("malformed metric line in " + name + " (" + result.problem() + "): "
                        + quote(bytes, offset, length));
                return;
            }
            try {
                observer.onMetrics(result.values(), now);
            } catch (RuntimeException e) {
                note("the sweep failed to take metrics " + result.values() + ": " + e);
            }
        }

        @Override
        public void overlong(long length) {
            warn("a metric line in " + name + " of " + length + " bytes is longer than the limit of "
                    + MAX_LINE_BYTES + " bytes; it was not parsed");
        }

        @Override
        public void shrank(long previousLength, long newLength) {
            warn("the " + name + " became shorter (" + previousLength + " to " + newLength
                    + " bytes); reading it again from the start, so metrics may arrive twice; append to it instead");
        }
    }

    private static boolean isBlank(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String quote(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, Math.min(length, QUOTE_CHARS * 4), StandardCharsets.UTF_8);
        return text.length() > QUOTE_CHARS ? text.substring(0, QUOTE_CHARS) + "…" : text;
    }
}
