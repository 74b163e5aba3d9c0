package io.hyperdesk.gui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The warm-up runs its made-up sweep to the end, calls back, and shows nothing. */
@ExtendWith(ApplicationExtension.class)
class MonitorWarmUpTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("the app's window"), 300, 200));
        stage.show();
    }

    @Test
    void runsToTheEndWithoutShowingAWindow(FxRobot robot) throws Exception {
        List<Window> before = robot.listWindows();
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> MonitorWarmUp.start(() -> done.complete(null)));
        done.get(60, TimeUnit.SECONDS);
        assertTrue(done.isDone());
        assertEquals(before, robot.listWindows(), "the warm-up's monitor is never in a window");
    }
}
