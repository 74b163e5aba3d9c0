package io.hyperdesk.cli;

import io.hyperdesk.engine.run.Goal;
import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.engine.sweep.SweepConfig;
import io.hyperdesk.engine.sweep.SweepEvent;
import io.hyperdesk.engine.sweep.SweepListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code run} command's progress on stderr: runs done/total, running, best so far, elapsed
 * against the duration limit — one updating line on a terminal, a line per change otherwise — and
 * a line for each run that ends.
 */
final class ProgressLine implements SweepListener {

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private SweepConfig config;
    private long startedAt;
    private long deadline;
    private int alreadyDone;
    private int done;
    private int running;
    private double best = Double.NaN;
    private String bestRun = "";
    private final Map<String, Integer> intervals = new HashMap<>();
    private long lastPrinted;

    ProgressLine(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    @Override
    public void onEvent(SweepEvent event) {
        if (event instanceof SweepEvent.SweepStarted started) {
            config = started.config();
            startedAt = started.startedAtMillis();
            deadline = started.deadlineMillis();
            alreadyDone = started.runsAlreadyGenerated();
            say("sweep " + started.sweepId() + ": " + ValidateCommand.summary(config));
            update(true);
            return;
        } else if (event instanceof SweepEvent.RunStateChanged changed) {
            if (changed.state() == RunState.RUNNING) {
                running++;
            } else if (changed.state().isTerminal()) {
                running = Math.max(0, running - 1);
                done++;
                String reason = changed.reason().isEmpty() ? "" : " (" + changed.reason() + ")";
                say(changed.runId() + " " + changed.state().displayName() + reason);
                update(true);
                return;
            }
        } else if (event instanceof SweepEvent.MetricsLogged metrics && metrics.primaryInterval() > 0) {
            double value = metrics.values().get(config.primaryMetric().name());
            Goal goal = config.primaryMetric().goal();
            if (Double.isFinite(value) && (Double.isNaN(best) || goal.isBetter(value, best))) {
                best = value;
                bestRun = metrics.runId();
            }
            intervals.put(metrics.runId(), metrics.primaryInterval());
        } else if (event instanceof SweepEvent.Warning warning) {
            say("warning: " + (warning.runId().isEmpty() ? "" : warning.runId() + ": ") + warning.message());
        } else if (event instanceof SweepEvent.SweepEnded ended) {
            clear();
            say("sweep " + ended.state().displayName().toLowerCase(java.util.Locale.ROOT) + ": " + ended.reason());
            return;
        }
        update(false);
    }

    private void update(boolean force) {
        if (quiet || config == null) {
            return;
        }
        long now = System.currentTimeMillis();
        if (!force && now - lastPrinted < (terminal ? 200 : 10_000)) {
            return;
        }
        lastPrinted = now;
        String status = String.format("runs %d/%d done, %d running, best %s%s, elapsed %s of %s",
                done + alreadyDone, config.maxTotalRuns(), running,
                Double.isNaN(best) ? "-" : config.primaryMetric().name() + " " + Formats.metric(best),
                bestRun.isEmpty() ? "" : " (" + bestRun + ")",
                Formats.duration(Duration.ofMillis(now - startedAt)),
                Formats.duration(Duration.ofMillis(Math.max(0, deadline - startedAt))));
        if (terminal) {
            err.print("\r\u001b[2K" + status);
        } else {
            err.println(status);
        }
        err.flush();
    }

    private void say(String line) {
        if (quiet) {
            return;
        }
        clear();
        err.println(line);
        err.flush();
    }

    private void clear() {
        if (terminal && !quiet) {
            err.print("\r\u001b[2K");
        }
    }
}
