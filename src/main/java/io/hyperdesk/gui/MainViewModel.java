package io.hyperdesk.gui;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.config.SweepFileResult;
import io.hyperdesk.engine.space.ParameterExpression;
import io.hyperdesk.engine.sweep.SweepEvent;
import io.hyperdesk.gui.design.ParameterViewModel;
import io.hyperdesk.gui.design.SweepDesignViewModel;
import io.hyperdesk.gui.preview.PreviewViewModel;
import io.hyperdesk.gui.project.ProjectSession;
import io.hyperdesk.gui.project.SweepListViewModel;
import io.hyperdesk.gui.runs.RunsViewModel;
import io.hyperdesk.project.SweepSetupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the open project, the designer, the distribution preview, the sweep
 * list and the Runs area, and the status bar. One method per user action; the view asks about
 * unsaved changes and a running sweep before calling {@link #openProject} (see
 * {@link #needsSaveDecision()}).
 */
public final class MainViewModel {

    private final AppContext context;
    private final SweepDesignViewModel design;
    private final PreviewViewModel preview;
    private final SweepListViewModel sweeps;
    private final RunsViewModel runs;
    private final ReadOnlyObjectWrapper<ProjectSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", HyperDeskApp.TITLE);
    private final ReadOnlyStringWrapper storeText = new ReadOnlyStringWrapper(this, "storeText", "No project open");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final ChangeListener<ParameterExpression> previewFollower = (o, was, now) -> showPreview();

    public MainViewModel(AppContext context) {
        this.context = context;
        this.design = new SweepDesignViewModel(context.cores());
        this.preview = new PreviewViewModel(context.ui(), context.background());
        this.sweeps = new SweepListViewModel(context.ui(), context.background());
        this.runs = new RunsViewModel(context.ui(), context.background(), context.clock());
        recentProjects.setAll(context.preferences().recentProjects());
        design.space().selectedProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.expressionProperty().removeListener(previewFollower);
            }
            if (now != null) {
                now.expressionProperty().addListener(previewFollower);
            }
            showPreview();
        });
        sweeps.selectedProperty().addListener((o, was, now) -> {
            if (now != null && session.get() != null) {
                runs.show(session.get(), now.id());
            }
        });
        runs.runningProperty().addListener((o, was, now) -> {
            if (!now && session.get() != null) {
                sweeps.refresh(session.get(), runs.liveSweepId());
                status.set("Sweep " + runs.liveSweepId().orElse("") + " ended. " + runs.outcomeProperty().get());
            }
        });
        runs.addLiveListener(batch -> {
            // The side list follows the live sweep: it appears, its run count grows, it ends.
            boolean listChanged = batch.stream().anyMatch(e -> e instanceof SweepEvent.SweepStarted
                    || e instanceof SweepEvent.RunQueued || e instanceof SweepEvent.SweepEnded);
            if (listChanged && session.get() != null) {
                sweeps.refresh(session.get(), runs.liveSweepId());
            }
        });
        design.dirtyProperty().addListener((o, was, now) -> updateTitle());
        if (design.space().selected() != null) {
            design.space().selected().expressionProperty().addListener(previewFollower);
        }
        showPreview();
    }

    private void showPreview() {
        ParameterViewModel selected = design.space().selected();
        preview.show(selected == null ? null : selected.name(), selected == null ? null : selected.expression());
    }

    private void updateTitle() {
        ProjectSession open = session.get();
        title.set(open == null ? HyperDeskApp.TITLE
                : (design.isDirty() ? "• " : "") + open.name() + " — " + HyperDeskApp.TITLE);
    }

    /** True when opening another project or closing would drop unsaved designer changes. */
    public boolean needsSaveDecision() {
        return design.isDirty();
    }

    /**
     * Opens a project folder, or the folder of a sweep.json: its sweep file in the designer (or a
     * new sweep), its sweeps in the side list with the newest selected. The caller has settled
     * unsaved changes; a sweep must not be running. Returns false (with the reason in the status)
     * when the path is not a folder or a sweep.json.
     */
    public boolean openProject(Path path) {
        if (runs.isRunning()) {
            throw new IllegalStateException("cancel the running sweep before opening another project");
        }
        Path absolute = path.toAbsolutePath().normalize();
        boolean sweepFile = Files.isRegularFile(absolute) && absolute.getFileName().toString().endsWith(".json");
        if (!Files.isDirectory(absolute) && !sweepFile) {
            status.set("Cannot open " + absolute + ": drop or choose a project folder or its sweep.json.");
            return false;
        }
        closeProject();
        ProjectSession opened = ProjectSession.open(absolute);
        session.set(opened);
        if (opened.hasSweepFile()) {
            design.load(opened.layout().sweepFile());
        } else {
            design.startNew(opened.folder());
        }
        runs.clear();
        sweeps.showNewest(opened);
        storeText.set("Store: " + opened.layout().database() + (opened.hasStore() ? "" : " (created by the first sweep)"));
        context.preferences().rememberProject(opened.folder());
        context.preferences().save();
        recentProjects.setAll(context.preferences().recentProjects());
        status.set("Opened " + opened.folder());
        updateTitle();
        return true;
    }

    private void closeProject() {
        ProjectSession open = session.get();
        if (open != null) {
            open.close();
            session.set(null);
        }
    }

    /** Saves the designer to the project's sweep.json; false with the reason in the message bar. */
    public boolean save() {
        ProjectSession open = session.get();
        if (open == null) {
            status.set("Open a project folder first (File > Open…).");
            return false;
        }
        boolean saved = design.save(open.layout().sweepFile());
        status.set(saved ? "Saved " + open.layout().sweepFile() : "Not saved: see the problems list.");
        return saved;
    }

    /**
     * Validates the design and starts it as a new sweep in the background. Returns the problems
     * that stopped it (each naming its field), empty when the sweep started.
     */
    public List<ConfigProblem> startSweep() {
        ProjectSession open = session.get();
        if (open == null) {
            status.set("Open a project folder first (File > Open…).");
            return List.of(new ConfigProblem("project", "no project is open; open a folder with File > Open…"));
        }
        SweepFileResult check = design.check();
        if (!check.isValid()) {
            status.set("Not started: the sweep has " + check.errors().size()
                    + (check.errors().size() == 1 ? " problem." : " problems."));
            return check.errors();
        }
        try {
            String id = runs.start(open, check.configOrThrow());
            storeText.set("Store: " + open.layout().database());
            status.set("Started sweep " + id + ".");
            sweeps.refresh(open, Optional.of(id));
            return List.of();
        } catch (SweepSetupException e) {
            status.set("Not started: " + e.getMessage());
            return e.problems();
        }
    }

    /** Cancels the running sweep; its runs end Canceled with this reason. */
    public void cancelSweep() {
        runs.cancel("canceled by the user");
        status.set("Canceling the sweep…");
    }

    /** Closes the project and writes the preferences; call once the sweep (if any) has finished. */
    public void shutdown() {
        closeProject();
        context.preferences().save();
    }

    public AppContext context() {
        return context;
    }

    public SweepDesignViewModel design() {
        return design;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public SweepListViewModel sweeps() {
        return sweeps;
    }

    /** The Runs area: where the monitor views embed (see {@link RunsViewModel#addLiveListener}). */
    public RunsViewModel runs() {
        return runs;
    }

    public ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** {@code • digits — HyperDesk}: the project, with a dot while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The store's path for the status bar. */
    public ReadOnlyStringProperty storeTextProperty() {
        return storeText.getReadOnlyProperty();
    }

    /** {@code 8 cores} for the status bar (SPEC L4). */
    public String coresText() {
        return context.cores() + (context.cores() == 1 ? " core" : " cores");
    }

    /** The last thing that happened, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Recent project folders, most recent first, for File > Open recent. */
    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }
}
