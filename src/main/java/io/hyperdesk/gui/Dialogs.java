package io.hyperdesk.gui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/** The window's questions: unsaved changes, a running sweep on close, and the "stopping runs" wait. */
final class Dialogs {

    /** What to do with unsaved changes. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    private Dialogs() {
    }

    static SaveChoice askSaveChanges(Window owner, String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The sweep design of " + projectName
                + " has changes that are not in its sweep.json.", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to sweep.json?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    static boolean confirmStopSweep(Window owner, String progress) {
        ButtonType stop = new ButtonType("Cancel the runs and quit", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep running", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "A sweep is running (" + progress + "). Quitting cancels "
                + "its runs; their results so far stay in the project's store.", stop, keep);
        alert.initOwner(owner);
        alert.setTitle("A sweep is running");
        alert.setHeaderText("Cancel the running sweep?");
        return alert.showAndWait().filter(stop::equals).isPresent();
    }

    static void info(Window owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(HyperDeskApp.TITLE);
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    /** A small window that says the runs are being stopped; the caller closes it when they are. */
    static Stage stoppingRuns(Window owner) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Stopping runs");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        HBox content = new HBox(12, spinner, new Label("Stopping the runs and saving their results…"));
        content.setPadding(new Insets(18));
        content.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        stage.setScene(new Scene(content));
        stage.setOnCloseRequest(javafx.event.Event::consume);
        stage.show();
        return stage;
    }
}
