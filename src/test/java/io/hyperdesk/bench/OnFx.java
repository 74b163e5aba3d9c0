package io.hyperdesk.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** For benchmarks that drive JavaFX from their main thread: runs work on the FX thread and waits for it. */
public final class OnFx {

    private OnFx() {
    }

    /** Runs {@code work} on the FX thread and returns its result, or throws what it threw; waits up to 2 minutes. */
    public static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
