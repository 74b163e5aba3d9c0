package io.hyperdesk.gui.project;

import io.hyperdesk.engine.sweep.SweepSummary;
import io.hyperdesk.gui.common.BackgroundExecutor;
import io.hyperdesk.gui.common.UiExecutor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The side list of the project's sweeps, newest first, with state and run count. Reads the store on
 * the background executor; a refresh keeps the selection on the same sweep id.
 */
public final class SweepListViewModel {

    private final ObservableList<SweepSummary> sweeps = FXCollections.observableArrayList();
    private final ObjectProperty<SweepSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final AtomicLong latest = new AtomicLong();
    private final UiExecutor ui;
    private final BackgroundExecutor background;

    public SweepListViewModel(UiExecutor ui, BackgroundExecutor background) {
        this.ui = ui;
        this.background = background;
    }

    /**
     * Reloads the list from {@code session} (null clears it), then selects {@code selectId} when
     * given, else keeps the selected sweep.
     */
    public void refresh(ProjectSession session, Optional<String> selectId) {
        load(session, loaded -> selectId.orElse(selected.get() == null ? null : selected.get().id()));
    }

    /** Loads the list of a newly opened project and selects its newest sweep (DESIGN "gui [project dir]"). */
    public void showNewest(ProjectSession session) {
        load(session, loaded -> loaded.isEmpty() ? null : loaded.get(0).id());
    }

    private void load(ProjectSession session, Function<List<SweepSummary>, String> choose) {
        long request = latest.incrementAndGet();
        if (session == null) {
            sweeps.clear();
            selected.set(null);
            return;
        }
        background.execute(() -> {
            List<SweepSummary> loaded = session.sweeps();
            ui.execute(() -> {
                if (latest.get() != request) {
                    return;
                }
                String keep = choose.apply(loaded);
                sweeps.setAll(loaded);
                selected.set(loaded.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(null));
            });
        });
    }

    /** Sweeps newest first. */
    public ObservableList<SweepSummary> sweeps() {
        return sweeps;
    }

    /** The sweep whose runs the Runs area shows; the view's list selection binds to it. */
    public ObjectProperty<SweepSummary> selectedProperty() {
        return selected;
    }
}
