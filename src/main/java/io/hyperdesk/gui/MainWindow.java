package io.hyperdesk.gui;

import io.hyperdesk.gui.design.DesignerView;
import io.hyperdesk.gui.prefs.AppPreferences;
import io.hyperdesk.gui.prefs.WindowPlacement;
import io.hyperdesk.gui.project.SweepListView;
import io.hyperdesk.gui.runs.RunsView;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: menu and toolbar, the sweep list on the left, the Design and Runs tabs, the
 * status bar. Owns the one 250 ms timer that drains sweep events into the view models (DESIGN),
 * the designer-wide undo keys, drag and drop of a project, and the window's placement.
 */
public final class MainWindow {

    /** How often queued sweep events are applied to the views (DESIGN). */
    static final Duration DRAIN_PERIOD = Duration.millis(250);

    private final Stage stage;
    private final MainViewModel main;
    private final DesignerView designer;
    private final RunsView runsView;
    private final TabPane tabs = new TabPane();
    private final Tab designTab;
    private final Tab runsTab;
    private final Timeline drain;

    private MainWindow(Stage stage, MainViewModel main, WindowActions actions) {
        this.stage = stage;
        this.main = main;
        designer = new DesignerView(main.design(), main.preview(), main.context().cores(), actions::chooseScript);
        runsView = new RunsView(main.runs(), actions::cancel);
        new MonitorHost(main.runs(), runsView, main.context().background(), main.context().ui());
        designTab = new Tab("Design", designer);
        designTab.setId("designTab");
        runsTab = new Tab("Runs", runsView);
        runsTab.setId("runsTab");
        tabs.getTabs().addAll(designTab, runsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("mainTabs");

        WelcomeView welcome = new WelcomeView(main, actions::open, actions::newProject, actions::openPath);
        welcome.visibleProperty().bind(main.sessionProperty().isNull());
        tabs.visibleProperty().bind(main.sessionProperty().isNotNull());
        SweepListView sweeps = new SweepListView(main.sweeps());
        sweeps.setMinWidth(170);
        sweeps.setPrefWidth(200);
        sweeps.setMaxWidth(360);
        SplitPane body = new SplitPane(sweeps, new StackPane(tabs, welcome));
        body.setDividerPositions(0.155);
        SplitPane.setResizableWithParent(sweeps, false);

        BorderPane root = new BorderPane(body);
        root.setTop(new VBox(MainMenu.create(main, actions), MainToolBar.create(main, actions)));
        root.setBottom(new StatusBarView(main));
        root.getStyleClass().add("main-window");

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("hyperdesk.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            event.setDropCompleted(accepted);
            event.consume();
            if (accepted) {
                // After the drop completes: the open may ask about unsaved changes in a dialog.
                javafx.application.Platform.runLater(() -> actions.openPath(files.get(0).toPath()));
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(main.titleProperty());
        stage.getIcons().addAll(icons());
        stage.setOnCloseRequest(event -> {
            event.consume();
            actions.requestClose();
        });
        drain = new Timeline(new KeyFrame(DRAIN_PERIOD, e -> main.runs().drain()));
        drain.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Builds the window on {@code stage}, places it where it was, shows it, and opens
     * {@code project} (or else the last project, when it still exists).
     */
    public static MainWindow show(Stage stage, AppContext context, Optional<Path> project) {
        MainViewModel main = new MainViewModel(context);
        WindowActions actions = new WindowActions(stage, main);
        MainWindow window = new MainWindow(stage, main, actions);
        actions.attach(window);
        window.place(context.preferences());
        stage.show();
        window.drain.play();
        Optional<Path> start = project.or(() -> context.preferences().lastProject().filter(Files::isDirectory));
        start.ifPresent(main::openProject);
        return window;
    }

    private void undoKeys(KeyEvent event) {
        if (!event.isShortcutDown() || main.sessionProperty().get() == null) {
            return;
        }
        // The designer's history, not a text field's own: one undo for the whole form (consumed here,
        // before the focused field sees it).
        if (event.getCode() == KeyCode.Z && !event.isShiftDown()) {
            main.design().undo();
            event.consume();
        } else if (event.getCode() == KeyCode.Z || event.getCode() == KeyCode.Y) {
            main.design().redo();
            event.consume();
        }
    }

    private void place(AppPreferences preferences) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<WindowPlacement> remembered = preferences.windowPlacement()
                .filter(p -> screen.intersects(p.x(), p.y(), p.width(), p.height()));
        if (remembered.isPresent()) {
            WindowPlacement p = remembered.get();
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(Math.min(p.width(), screen.getWidth()));
            stage.setHeight(Math.min(p.height(), screen.getHeight()));
            stage.setMaximized(p.maximized());
        } else {
            stage.setWidth(Math.min(WindowPlacement.DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(WindowPlacement.DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    private static List<Image> icons() {
        return List.of(16, 32, 64, 256).stream()
                .map(size -> MainWindow.class.getResource("icons/hyperdesk-" + size + ".png"))
                .filter(java.util.Objects::nonNull)
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }

    /** Remembers the placement, closes the project and the window. The sweep, if any, has ended. */
    void close() {
        main.context().preferences().setWindowPlacement(new WindowPlacement(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        drain.stop();
        main.shutdown();
        stage.close();
    }

    void showRuns() {
        tabs.getSelectionModel().select(runsTab);
    }

    void showDesigner() {
        tabs.getSelectionModel().select(designTab);
    }

    public MainViewModel viewModel() {
        return main;
    }

    public DesignerView designer() {
        return designer;
    }

    /** The Runs tab; {@link RunsView#setMonitor} puts the monitor views in it. */
    public RunsView runsView() {
        return runsView;
    }
}
