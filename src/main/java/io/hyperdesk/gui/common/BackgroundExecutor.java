package io.hyperdesk.gui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where view models put work that must stay off the UI thread (a sweep, a store read, a long
 * computation). The app uses daemon threads; tests may use {@link #direct()}.
 */
public interface BackgroundExecutor extends Executor {

    /** Daemon threads named {@code hyperdesk-<name>-N}. */
    static BackgroundExecutor threads(String name) {
        ExecutorService service = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "hyperdesk-" + name);
            thread.setDaemon(true);
            return thread;
        });
        return service::execute;
    }

    /** Runs on the calling thread, for tests. */
    static BackgroundExecutor direct() {
        return Runnable::run;
    }
}
