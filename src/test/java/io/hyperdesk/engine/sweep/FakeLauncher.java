package io.hyperdesk.engine.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A launcher whose "runs" are threads that play a script: metric lines with pauses, then an exit
 * code. Records the most runs it ever had going at once.
 */
final class FakeLauncher implements RunLauncher {

    /** One step: log {@code metrics} after {@code pauseMillis}. */
    record Step(long pauseMillis, Map<String, Double> metrics) {
    }

    /** What a run does. {@code failToStart} makes launch throw. */
    record Script(List<Step> steps, int exitCode, boolean failToStart) {
        static Script of(int exitCode, Step... steps) {
            return new Script(List.of(steps), exitCode, false);
        }

        static Script hang() {
            return new Script(List.of(new Step(60_000, Map.of())), 0, false);
        }

        static Script unstartable() {
            return new Script(List.of(), 0, true);
        }
    }

    private final Function<RunRequest, Script> scripts;
    private final AtomicInteger going = new AtomicInteger();
    private final AtomicInteger mostGoing = new AtomicInteger();
    final List<RunRequest> launched = Collections.synchronizedList(new ArrayList<>());

    FakeLauncher(Function<RunRequest, Script> scripts) {
        this.scripts = scripts;
    }

    int mostGoingAtOnce() {
        return mostGoing.get();
    }

    @Override
    public RunHandle launch(RunRequest request, RunObserver observer) throws RunLaunchException {
        Script script = scripts.apply(request);
        if (script.failToStart()) {
            throw new RunLaunchException("no such program: " + request.arguments().get(0));
        }
        launched.add(request);
        mostGoing.accumulateAndGet(going.incrementAndGet(), Math::max);
        Thread thread = new Thread(() -> {
            int exitCode = script.exitCode();
            try {
                for (Step step : script.steps()) {
                    Thread.sleep(step.pauseMillis());
                    if (!step.metrics().isEmpty()) {
                        observer.onMetrics(step.metrics(), System.currentTimeMillis());
                    }
                }
            } catch (InterruptedException canceled) {
                exitCode = 143;
            }
            going.decrementAndGet();
            observer.onExit(exitCode, System.currentTimeMillis());
        }, request.runId());
        thread.setDaemon(true);
        thread.start();
        return thread::interrupt;
    }
}
