package io.hyperdesk.gui;

import io.hyperdesk.config.ConfigProblem;
import io.hyperdesk.gui.project.ProjectSession;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window's user actions that need the stage: choosers, the unsaved-changes question, switching
 * tabs after start, and a clean close while a sweep runs. The state changes themselves are the
 * main view model's.
 */
final class WindowActions {

    private final Stage stage;
    private final MainViewModel main;
    private MainWindow window;

    WindowActions(Stage stage, MainViewModel main) {
        this.stage = stage;
        this.main = main;
    }

    void attach(MainWindow mainWindow) {
        this.window = mainWindow;
    }

    /** File > Open…: a project folder. */
    void open() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a project folder");
        ProjectSession open = main.sessionProperty().get();
        if (open != null && open.folder().getParent() != null) {
            chooser.setInitialDirectory(open.folder().getParent().toFile());
        }
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            openPath(folder.toPath());
        }
    }

    /** File > New project…: an (empty) folder, which opens with an example sweep. */
    void newProject() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose or create an empty folder for the new project");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            openPath(folder.toPath());
        }
    }

    /** Opens a folder or sweep.json (menu, recent list, drop), after settling unsaved changes. */
    void openPath(Path path) {
        if (main.runs().isRunning()) {
            Dialogs.info(stage, "A sweep is running", "Cancel the running sweep (Sweep > Cancel) before opening "
                    + "another project; its runs belong to this one.");
            return;
        }
        if (settleUnsaved()) {
            main.openProject(path);
        }
    }

    /** True when there is nothing unsaved or the user chose: saved, or discarded. */
    boolean settleUnsaved() {
        if (!main.needsSaveDecision() || main.sessionProperty().get() == null) {
            return true;
        }
        switch (Dialogs.askSaveChanges(stage, main.sessionProperty().get().name())) {
            case SAVE:
                return main.save();
            case DISCARD:
                return true;
            default:
                return false;
        }
    }

    void save() {
        main.save();
    }

    /** Starts the sweep and shows its runs; on problems, goes to the first problem's field. */
    void start() {
        List<ConfigProblem> problems = main.startSweep();
        if (problems.isEmpty()) {
            window.showRuns();
        } else {
            window.showDesigner();
            window.designer().focusField(problems.get(0).field());
        }
    }

    void cancel() {
        main.cancelSweep();
    }

    /** Opens a file chooser in the project for the training script; passes its project-relative path on. */
    void chooseScript(Consumer<String> use) {
        ProjectSession open = main.sessionProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the training script");
        if (open != null) {
            chooser.setInitialDirectory(open.folder().toFile());
        }
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            Path path = file.toPath().toAbsolutePath();
            use.accept(open != null && path.startsWith(open.folder()) ? open.folder().relativize(path).toString()
                    : path.toString());
        }
    }

    /**
     * The window's close button and File > Quit: settle unsaved changes, then, while a sweep runs,
     * ask, cancel its runs and wait for the sweep to end before closing.
     */
    void requestClose() {
        if (!settleUnsaved()) {
            return;
        }
        if (!main.runs().isRunning()) {
            window.close();
            return;
        }
        if (!Dialogs.confirmStopSweep(stage, main.runs().progressTextProperty().get())) {
            return;
        }
        main.runs().cancel("canceled: HyperDesk was closed");
        Stage stopping = Dialogs.stoppingRuns(stage);
        main.runs().whenFinished(() -> {
            stopping.close();
            window.close();
        });
    }

    void about() {
        Dialogs.info(stage, "HyperDesk", "A desktop workbench for hyperparameter sweeps, following Azure ML HyperDrive."
                + "\n\nStore of this project: " + main.storeTextProperty().get() + "\nThis machine: " + main.coresText());
    }
}
