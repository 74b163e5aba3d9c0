package io.hyperdesk.gui;

import io.hyperdesk.engine.sweep.StoredSweep;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import io.hyperdesk.gui.monitor.ProjectMonitorActions;
import io.hyperdesk.gui.monitor.RunCanceller;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import io.hyperdesk.gui.monitor.SweepMonitorView;
import io.hyperdesk.gui.runs.RunsView;
import io.hyperdesk.gui.runs.RunsViewModel;
import io.hyperdesk.gui.runs.ShownSweep;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Puts the sweep monitor (run table, metric plot, parallel coordinates, scatter, best run) in the
 * Runs tab: a sweep started in this window as it starts, fed by the engine's events; an earlier
 * sweep, picked in the sweep list, complete from the store, loaded off the UI thread. A live
 * monitor is drained on the window's own timer, right after the runs list took its batch.
 */
final class MonitorHost {

    private final RunsView view;
    private final BackgroundExecutor background;
    private final UiExecutor ui;
    private final AtomicLong latestRequest = new AtomicLong();
    private SweepMonitorView current;
    private String currentSweepId;

    MonitorHost(RunsViewModel runs, RunsView view, BackgroundExecutor background, UiExecutor ui) {
        this.view = view;
        this.background = background;
        this.ui = ui;
        runs.addSweepStartListener((session, sweep) -> {
            latestRequest.incrementAndGet();
            SweepMonitorModel model = SweepMonitorModel.live(sweep.config(), sweep.id());
            sweep.addListener(model.listener());
            SweepMonitorView monitor = new SweepMonitorView(model,
                    new ProjectMonitorActions(session.project(), sweep.id(), sweep::cancelRun));
            monitor.useHostTimer();
            show(sweep.id(), monitor);
        });
        // The window's one 250 ms timer drains the runs list and, through this, the monitor (DESIGN).
        runs.addLiveListener(batch -> drainCurrent());
        // When the sweep's thread has ended every event is queued: one last drain shows the end
        // even when the runs list took its last batch a tick earlier.
        runs.runningProperty().addListener((property, was, now) -> {
            if (!now) {
                drainCurrent();
            }
        });
        runs.shownProperty().addListener((property, was, now) -> showStored(now));
    }

    private void drainCurrent() {
        if (current != null) {
            current.drainNow();
        }
    }

    private void showStored(ShownSweep shown) {
        if (shown == null) {
            latestRequest.incrementAndGet();
            if (current != null) {
                current.dispose();
                current = null;
                currentSweepId = null;
                view.showNoSweep();
            }
            return;
        }
        if (shown.sweepId().equals(currentSweepId) || shown.config().isEmpty()) {
            return;
        }
        long request = latestRequest.incrementAndGet();
        background.execute(() -> {
            // The Runs view has usually just read it; read it again only when it did not.
            Optional<StoredSweep> stored = shown.stored().isPresent() ? shown.stored()
                    : shown.session().loadSweep(shown.sweepId());
            if (stored.isEmpty()) {
                return;
            }
            SweepMonitorModel model = SweepMonitorModel.fromStored(stored.get(), shown.config().get());
            ui.execute(() -> {
                if (latestRequest.get() == request) {
                    show(shown.sweepId(), new SweepMonitorView(model, new ProjectMonitorActions(
                            shown.session().project(), shown.sweepId(), RunCanceller.NONE)));
                }
            });
        });
    }

    private void show(String sweepId, SweepMonitorView monitor) {
        if (current != null) {
            current.dispose();
        }
        current = monitor;
        currentSweepId = sweepId;
        view.setMonitor(monitor);
    }
}
