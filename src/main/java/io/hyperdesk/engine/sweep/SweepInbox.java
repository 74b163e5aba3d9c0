package io.hyperdesk.engine.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one queue through which launcher threads and user actions reach the sweep's scheduling
 * thread. Each message gets a time when it is queued; times never go backwards in queue order, so
 * the order the sweep handles values in is the order of their recorded times — which is what a
 * policy replay (ordered by time) sees too.
 */
final class SweepInbox {

    sealed interface Message {
    }

    record Metrics(RunTracker run, Map<String, Double> values, long atMillis) implements Message {
    }

    record Warning(RunTracker run, String message) implements Message {
    }

    record Exit(RunTracker run, int exitCode, long atMillis) implements Message {
    }

    record CancelSweep(String reason) implements Message {
    }

    record CancelRun(String runId, String reason) implements Message {
    }

    private final LinkedBlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    private long floorMillis;

    /** Queues a message stamped with {@code atMillis}, raised so that times never decrease. */
    synchronized long stampAndPut(java.util.function.LongFunction<Message> message, long atMillis) {
        long stamped = Math.max(atMillis, floorMillis);
        floorMillis = stamped;
        queue.add(message.apply(stamped));
        return stamped;
    }

    void put(Message message) {
        queue.add(message);
    }

    /**
     * Waits up to {@code timeoutMillis} for a message, then takes every message queued. After the
     * batch, later messages get times strictly after the batch's, so a value handled in a later
     * batch never ties with one handled earlier.
     */
    List<Message> takeBatch(long timeoutMillis) throws InterruptedException {
        List<Message> batch = new ArrayList<>();
        Message first = queue.poll(Math.max(0, timeoutMillis), TimeUnit.MILLISECONDS);
        if (first == null) {
            return batch;
        }
        batch.add(first);
        synchronized (this) {
            queue.drainTo(batch);
            floorMillis = floorMillis + 1;
        }
        return batch;
    }

    /** Takes whatever is queued without waiting. */
    List<Message> drain() {
        List<Message> batch = new ArrayList<>();
        synchronized (this) {
            queue.drainTo(batch);
        }
        return batch;
    }

    /** The observer a launcher reports one run to: every call becomes a message for the sweep. */
    RunObserver observerFor(RunTracker run) {
        return new RunObserver() {
            @Override
            public void onMetrics(Map<String, Double> values, long epochMillis) {
                stampAndPut(t -> new Metrics(run, values, t), epochMillis);
            }

            @Override
            public void onWarning(String message) {
                put(new Warning(run, message));
            }

            @Override
            public void onExit(int exitCode, long epochMillis) {
                stampAndPut(t -> new Exit(run, exitCode, t), epochMillis);
            }
        };
    }

    /**
     * Orders a batch as a policy replay orders recorded values: by time, ties by run number (the
     * sort is stable, so one run's values keep their order). User actions come first.
     */
    static void sortByTimeThenRun(List<Message> batch) {
        batch.sort(java.util.Comparator.comparingLong(SweepInbox::timeOf).thenComparingInt(SweepInbox::runNumberOf));
    }

    private static long timeOf(Message message) {
        if (message instanceof Metrics m) {
            return m.atMillis();
        }
        if (message instanceof Exit e) {
            return e.atMillis();
        }
        return Long.MIN_VALUE;
    }

    private static int runNumberOf(Message message) {
        if (message instanceof Metrics m) {
            return m.run().number;
        }
        if (message instanceof Exit e) {
            return e.run().number;
        }
        return -1;
    }
}
