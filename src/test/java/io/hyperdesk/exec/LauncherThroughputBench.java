package io.hyperdesk.exec;

import io.hyperdesk.engine.space.Configuration;
import io.hyperdesk.engine.sweep.RunObserver;
import io.hyperdesk.engine.sweep.RunRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test: how many metric lines per second the local launcher parses and delivers
 * to an observer that does nothing. Run with {@code bench/exec.sh}; results go to
 * {@code docs/bench/exec.md}.
 *
 * <p>Two measurements: (1) in process, {@link RunOutput} reading a prepared {@code stdout.log} of
 * metric lines interleaved with ordinary log lines (the parser and tailer alone); (2) end to end,
 * {@link LocalProcessLauncher} running {@code cat} on that file (process start, file writes by the
 * OS, polling, parsing, delivery, exit).
 */
public final class LauncherThroughputBench {

    private LauncherThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("hyperdesk-bench-exec");
        Path log = work.resolve("prepared.log");
        write(log, lines);
        System.err.printf("%,d metric lines + %,d log lines, %,d bytes%n", lines, lines, Files.size(log));

        System.err.println("warm-up (not counted):");
        inProcess(work, log, lines);
        endToEnd(work, log, lines, -1);
        System.err.println("measured:");
        for (int round = 0; round < rounds; round++) {
            inProcess(work, log, lines);
            endToEnd(work, log, lines, round);
        }
    }

    private static void write(Path file, int lines) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                out.write("##hyperdesk {\"accuracy\": " + (i % 1000) / 1000.0 + ", \"loss\": " + 1.0 / (i + 1)
                        + ", \"epoch\": " + i + "}\n");
                out.write("epoch " + i + " done in 0.01 s\n");
            }
        }
    }

    private static void inProcess(Path work, Path log, int lines) throws IOException {
        RunFolder folder = RunFolder.of(work.resolve("runs"), "in-process").create();
        Files.copy(log, folder.stdoutLog(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Counter counter = new Counter();
        long start = System.nanoTime();
        new RunOutput(folder, counter).finish();
        report("in process (RunOutput over stdout.log)", counter.metrics.get(), lines, System.nanoTime() - start);
    }

    private static void endToEnd(Path work, Path log, int lines, int round) throws Exception {
        LocalProcessLauncher launcher = new LocalProcessLauncher(work, work.resolve("runs"), Duration.ofSeconds(1));
        Counter counter = new Counter();
        RunRequest request = new RunRequest("bench", "bench_" + (round + 1), List.of("cat", log.toString()),
                Configuration.of(Map.of()), Optional.empty());
        long start = System.nanoTime();
        launcher.launch(request, counter);
        counter.exited.await();
        report("end to end (launch `cat`, poll, parse, deliver, exit)", counter.metrics.get(), lines,
                System.nanoTime() - start);
    }

    private static void report(String what, long delivered, int expected, long nanos) {
        if (delivered != expected) {
            throw new IllegalStateException(what + ": delivered " + delivered + " of " + expected);
        }
        System.err.printf("%-55s %,10d lines in %7.1f ms = %,12.0f lines/s%n", what, delivered, nanos / 1e6,
                delivered / (nanos / 1e9));
    }

    /** Counts and otherwise does nothing, as cheap as an observer can be. */
    private static final class Counter implements RunObserver {
        final AtomicLong metrics = new AtomicLong();
        final CountDownLatch exited = new CountDownLatch(1);

        @Override
        public void onMetrics(Map<String, Double> values, long epochMillis) {
            metrics.incrementAndGet();
        }

        @Override
        public void onWarning(String message) {
            System.err.println("warning: " + message);
        }

        @Override
        public void onExit(int exitCode, long epochMillis) {
            exited.countDown();
        }
    }
}
