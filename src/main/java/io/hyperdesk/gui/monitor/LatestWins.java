package io.hyperdesk.gui.monitor;

import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Latest wins" for heavy view work (STYLE, after mzmine): requests are computed off the UI
 * thread one at a time; a request that a newer one replaced before it started is never computed,
 * and a result is applied on the UI thread only if nothing newer was applied already. So a burst
 * of requests (a brush being dragged) costs one computation at a time, and the screen keeps up
 * with the newest finished one instead of waiting for the burst to end.
 */
public final class LatestWins<T> {

    private final BackgroundExecutor background;
    private final UiExecutor ui;
    private long generation;
    private long applied;
    private Job<T> pending;
    private boolean running;

    private record Job<T>(long generation, Supplier<T> work, Consumer<T> apply) {
    }

    public LatestWins(BackgroundExecutor background, UiExecutor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Computes {@code work} in the background and hands its result to {@code apply} on the UI thread, unless outdated. */
    public void submit(Supplier<T> work, Consumer<T> apply) {
        synchronized (this) {
            pending = new Job<>(++generation, work, apply);
            if (running) {
                return;
            }
            running = true;
        }
        background.execute(this::work);
    }

    private void work() {
        while (true) {
            Job<T> job;
            synchronized (this) {
                job = pending;
                pending = null;
                if (job == null) {
                    running = false;
                    return;
                }
            }
            T result = job.work().get();
            ui.execute(() -> {
                if (job.generation() > applied) {
                    applied = job.generation();
                    job.apply().accept(result);
                }
            });
        }
    }
}
