package io.hyperdesk.gui;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, Sweep, Help. Undo/redo keys are handled by the window (see MainWindow). */
final class MainMenu {

    private MainMenu() {
    }

    static MenuBar create(MainViewModel main, WindowActions actions) {
        MenuItem newProject = item("New project…", "newProjectMenu", null, actions::newProject);
        MenuItem open = item("Open…", "openMenu", "Shortcut+O", actions::open);
        Menu recent = new Menu("Open recent");
        recent.setId("recentMenu");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path folder : main.recentProjects()) {
                recent.getItems().add(item(folder.toString(), null, null, () -> actions.openPath(folder)));
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        main.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem save = item("Save sweep.json", "saveMenu", "Shortcut+S", actions::save);
        save.disableProperty().bind(main.sessionProperty().isNull());
        MenuItem quit = item("Quit", "quitMenu", "Shortcut+Q", actions::requestClose);
        Menu file = new Menu("File", null, newProject, open, recent, new SeparatorMenuItem(), save,
                new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "undoMenu", "Shortcut+Z", main.design()::undo);
        undo.disableProperty().bind(main.design().canUndoProperty().not());
        MenuItem redo = item("Redo", "redoMenu", "Shortcut+Shift+Z", main.design()::redo);
        redo.disableProperty().bind(main.design().canRedoProperty().not());
        Menu edit = new Menu("Edit", null, undo, redo);

        MenuItem start = item("Start sweep", "startMenu", "Shortcut+R", actions::start);
        start.disableProperty().bind(main.runs().runningProperty().or(main.sessionProperty().isNull()));
        MenuItem cancel = item("Cancel sweep", "cancelMenu", null, actions::cancel);
        cancel.disableProperty().bind(main.runs().runningProperty().not());
        Menu sweep = new Menu("Sweep", null, start, cancel);

        Menu help = new Menu("Help", null, item("About HyperDesk", null, null, actions::about));
        return new MenuBar(file, edit, sweep, help);
    }

    private static MenuItem item(String text, String id, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
