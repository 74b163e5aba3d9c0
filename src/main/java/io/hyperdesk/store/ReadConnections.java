package io.hyperdesk.store;

import io.hyperdesk.engine.sweep.SweepStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * The store's read connections, apart from the writer's: in WAL mode readers see the last commit
 * and neither wait for the writer nor hold it up. Up to {@link #MAX} are opened as reads overlap
 * (the sweep loop, the GUI's loaders, the CLI), then kept; a read on a further thread waits for
 * one to come back. Each read runs in one read transaction, so what it returns is one commit's
 * state even when it takes several queries.
 */
final class ReadConnections implements AutoCloseable {

    private static final int MAX = 4;

    /** A read that may use several queries on one connection. */
    interface Read<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Supplier<Connection> opener;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> all = new ArrayList<>();
    private boolean closed;

    /** @param opener opens a new read connection; throws SweepStoreException when it cannot */
    ReadConnections(Path file, Supplier<Connection> opener) {
        this.file = file;
        this.opener = opener;
    }

    <T> T read(Read<T> read) {
        Connection connection = take();
        boolean healthy = false;
        try (Statement control = connection.createStatement()) {
            control.execute("BEGIN");
            try {
                T result = read.apply(connection);
                healthy = true;
                return result;
            } finally {
                control.execute("COMMIT");
            }
        } catch (SQLException e) {
            throw new SweepStoreException("could not read " + file + ": " + e.getMessage(), e);
        } finally {
            giveBack(connection, healthy);
        }
    }

    private synchronized Connection take() {
        while (true) {
            if (closed) {
                throw new SweepStoreException("the store of " + file + " is closed");
            }
            if (!idle.isEmpty()) {
                return idle.pop();
            }
            if (all.size() < MAX) {
                Connection connection = opener.get();
                all.add(connection);
                return connection;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SweepStoreException("interrupted while waiting to read " + file, e);
            }
        }
    }

    private synchronized void giveBack(Connection connection, boolean healthy) {
        if (closed || !healthy) {
            // a connection whose read failed may be left in a transaction: do not reuse it
            all.remove(connection);
            closeQuietly(connection);
        } else {
            idle.push(connection);
        }
        notifyAll();
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection connection : idle) {
            closeQuietly(connection);
        }
        all.removeAll(idle);
        idle.clear();
        notifyAll();
        // connections in use are closed as they come back (giveBack)
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing to do about a read connection that cannot close
        }
    }
}
