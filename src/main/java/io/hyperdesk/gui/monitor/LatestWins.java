package io.hyperdesk.gui.monitor;

import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Latest wins" for heavy view work (STYLE, after mzmine): each request is computed off the UI
 * thread, and its result is applied on the UI thread only if no newer request came in meanwhile.
 * A burst of requests therefore costs one application, never a queue of stale ones.
 */
public final class LatestWins<T> {

    private final BackgroundExecutor background;
    private final UiExecutor ui;
    private final AtomicLong generation = new AtomicLong();

    public LatestWins(BackgroundExecutor background, UiExecutor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Computes {@code work} in the background and hands its result to {@code apply} if it is still the latest. */
    public void submit(Supplier<T> work, Consumer<T> apply) {
        long mine = generation.incrementAndGet();
        background.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            T result = work.get();
            ui.execute(() -> {
                if (generation.get() == mine) {
                    apply.accept(result);
                }
            });
        });
    }
}
