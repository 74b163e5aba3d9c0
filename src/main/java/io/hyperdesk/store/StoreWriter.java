package io.hyperdesk.store;

import io.hyperdesk.engine.sweep.SweepStoreException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The store's one writer thread and its queue. Callers on any thread {@link #submit} writes and
 * go on at once; the thread takes everything queued, applies it in queue order and commits it in
 * one transaction, so a burst of metric values costs one commit, not one per value.
 *
 * <p>When a write in a batch fails, the batch is rolled back and applied again one write at a
 * time, each in a savepoint, so that only the failing writes are lost. Failures are kept until
 * the next {@link #sync()}, which throws them; a sync reports exactly the failures of writes
 * queued before it and not yet reported.
 */
final class StoreWriter {

    /** Writes per transaction at most: bounds how long a batch holds the database's write lock. */
    private static final int MAX_BATCH = 20_000;
    /** Bounds memory when callers outpace the disk; only then does {@link #submit} wait. */
    private static final int QUEUE_CAPACITY = 1 << 18;

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final WriteSession session;
    private final Path file;
    private final Thread thread;
    /** Read lock: submitting; write lock: closing. So nothing is queued behind the stop marker. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private boolean closed;
    private volatile Throwable died;
    /** Writer thread only. */
    private final List<Failure> unreported = new ArrayList<>();

    StoreWriter(WriteSession session, Path file) {
        this.session = session;
        this.file = file;
        this.thread = new Thread(this::run, "hyperdesk-store-writer " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a write; returns at once unless the queue is full. */
    void submit(WriteCommand command) {
        gate.readLock().lock();
        try {
            ensureOpen(command);
            putUninterruptibly(command);
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Blocks until every write queued before this call is committed; throws the failed ones. */
    void sync() {
        Marker marker = new Marker(false);
        gate.readLock().lock();
        try {
            ensureOpen(marker);
            putUninterruptibly(marker);
        } finally {
            gate.readLock().unlock();
        }
        marker.await();
    }

    /**
     * Commits what is queued, stops the thread and closes the connection. Idempotent.
     *
     * @throws SweepStoreException for writes that failed and were not reported by a sync
     */
    void close() {
        Marker stop = new Marker(true);
        gate.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (thread.isAlive()) {
                putUninterruptibly(stop);
            }
        } finally {
            gate.writeLock().unlock();
        }
        joinUninterruptibly();
        try {
            session.close();
        } catch (SQLException e) {
            throw new SweepStoreException("could not close " + file + ": " + e.getMessage(), e);
        }
        if (died == null) {
            stop.await();
        }
    }

    private void ensureOpen(Object what) {
        if (closed) {
            throw new SweepStoreException("the store of " + file + " is closed; cannot "
                    + (what instanceof WriteCommand c ? c.describe() : "sync"));
        }
        if (died != null) {
            throw new SweepStoreException("the store of " + file + " stopped writing after an error: " + died, died);
        }
    }

    private void run() {
        List<Object> batch = new ArrayList<>();
        try {
            boolean stop = false;
            while (!stop) {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                stop = process(batch);
                batch.clear();
            }
        } catch (Throwable t) { // an Error or a bug: fail loudly rather than leave syncs waiting
            died = t;
            queue.drainTo(batch);
            for (Object item : batch) {
                if (item instanceof Marker m) {
                    m.fail(t);
                }
            }
        }
    }

    /** Applies and commits one batch, then answers its markers; true when it held the stop marker. */
    private boolean process(List<Object> batch) {
        Failure[] failed = new Failure[batch.size()];
        if (batch.stream().anyMatch(WriteCommand.class::isInstance)) {
            try {
                session.begin();
                for (Object item : batch) {
                    if (item instanceof WriteCommand command) {
                        command.applyTo(session);
                    }
                }
                session.commit();
            } catch (SQLException | RuntimeException e) {
                session.rollback();
                applyOneByOne(batch, failed);
            }
        }
        boolean stop = false;
        for (int i = 0; i < batch.size(); i++) {
            if (failed[i] != null) {
                unreported.add(failed[i]);
            } else if (batch.get(i) instanceof Marker marker) {
                marker.release(List.copyOf(unreported));
                unreported.clear();
                stop |= marker.stop;
            }
        }
        return stop;
    }

    /** The slow path after a failed batch: each write in its own savepoint, failures noted. */
    private void applyOneByOne(List<Object> batch, Failure[] failed) {
        try {
            session.begin();
            for (int i = 0; i < batch.size(); i++) {
                if (batch.get(i) instanceof WriteCommand command) {
                    session.savepoint();
                    try {
                        command.applyTo(session);
                        session.release();
                    } catch (SQLException | RuntimeException e) {
                        failed[i] = new Failure(command, e);
                        session.rollbackToSavepoint();
                    }
                }
            }
            session.commit();
        } catch (SQLException | RuntimeException e) { // the transaction itself failed: nothing was kept
            session.rollback();
            for (int i = 0; i < batch.size(); i++) {
                if (batch.get(i) instanceof WriteCommand command && failed[i] == null) {
                    failed[i] = new Failure(command, e);
                }
            }
        }
    }

    private void putUninterruptibly(Object item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void joinUninterruptibly() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A write that failed, with why. */
    private record Failure(WriteCommand command, Exception cause) {
        String message() {
            return "could not " + command.describe() + ": " + cause.getMessage();
        }
    }

    /** A point in the queue a caller waits for: sync() or close(). */
    private final class Marker {
        /** The last thing queued: close() waits for it and the thread ends after it. */
        private final boolean stop;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile List<Failure> failures = List.of();
        private volatile Throwable fatal;

        Marker(boolean stop) {
            this.stop = stop;
        }

        void release(List<Failure> failures) {
            this.failures = failures;
            done.countDown();
        }

        void fail(Throwable cause) {
            fatal = cause;
            done.countDown();
        }

        void await() {
            try {
                // the timeout only notices a writer that died between our put and its take
                while (!done.await(200, TimeUnit.MILLISECONDS)) {
                    if (!thread.isAlive()) {
                        fail(died);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SweepStoreException("interrupted while waiting for " + file + " to commit", e);
            }
            if (fatal != null) {
                throw new SweepStoreException("the store of " + file + " stopped writing after an error: " + fatal, fatal);
            }
            if (!failures.isEmpty()) {
                throw report(failures);
            }
        }
    }

    private static SweepStoreException report(List<Failure> failures) {
        Failure first = failures.get(0);
        String message = failures.size() == 1 ? first.message()
                : failures.size() + " writes failed; the first: " + first.message();
        SweepStoreException exception = new SweepStoreException(message, first.cause());
        failures.stream().skip(1).limit(20).forEach(f -> exception.addSuppressed(new SweepStoreException(f.message(), f.cause())));
        return exception;
    }
}
