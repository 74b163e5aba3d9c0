package io.hyperdesk.exec;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.hyperdesk.engine.sweep.RunObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Records what a run reports and checks the observer contract: no overlapping calls, nothing after onExit. */
final class RecordingObserver implements RunObserver {

    final List<Map<String, Double>> metrics = Collections.synchronizedList(new ArrayList<>());
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final List<String> violations = new CopyOnWriteArrayList<>();
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger exits = new AtomicInteger();
    private final AtomicBoolean inCall = new AtomicBoolean();
    private final CountDownLatch exited = new CountDownLatch(1);
    private volatile int exitCode = Integer.MIN_VALUE;

    @Override
    public void onMetrics(Map<String, Double> values, long epochMillis) {
        enter();
        metrics.add(values);
        leave();
    }

    @Override
    public void onWarning(String message) {
        enter();
        warnings.add(message);
        leave();
    }

    @Override
    public void onExit(int code, long epochMillis) {
        enter();
        exitCode = code;
        exits.incrementAndGet();
        leave();
        exited.countDown();
    }

    /** Waits for onExit and returns the exit code; fails the test on a contract violation. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!exited.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("no onExit within " + timeout + "; metrics so far: " + metrics.size() + ", warnings: " + warnings);
        }
        Thread.sleep(20); // a late call after onExit would show up as a violation
        assertTrue(violations.isEmpty(), violations.toString());
        return exitCode;
    }

    boolean hasExited() {
        return exited.getCount() == 0;
    }

    /** The values logged for {@code name}, in order. */
    List<Double> values(String name) {
        List<Double> values = new ArrayList<>();
        List.copyOf(metrics).forEach(line -> {
            if (line.containsKey(name)) {
                values.add(line.get(name));
            }
        });
        return values;
    }

    private void enter() {
        threads.add(Thread.currentThread().getName());
        if (exits.get() > 0) {
            violations.add("call after onExit");
        }
        if (!inCall.compareAndSet(false, true)) {
            violations.add("overlapping observer calls");
        }
    }

    private void leave() {
        inCall.set(false);
    }
}
