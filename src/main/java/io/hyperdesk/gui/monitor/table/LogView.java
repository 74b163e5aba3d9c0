package io.hyperdesk.gui.monitor.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * One log file, followed while it grows: a list of its last {@link #MAX_LINES} lines that scrolls
 * to the end while "Follow" is on. Polls every 500 ms on the UI thread; each poll reads at most
 * 256 KB, so it never holds the thread for long. {@link #stop()} ends the polling.
 */
public final class LogView extends BorderPane {

    static final int MAX_LINES = 5_000;

    private final LogTail tail;
    private final ListView<String> lines = new ListView<>();
    private final CheckBox follow = new CheckBox("Follow");
    private final Label status = new Label();
    private final Timeline poller;

    public LogView(Path file) {
        tail = new LogTail(file, 256 * 1024, 10_000);
        try {
            tail.startNearEnd(2L * 1024 * 1024);
        } catch (IOException e) {
            status.setText("cannot read " + file + ": " + e.getMessage());
        }
        lines.setStyle("-fx-font-family: monospace;");
        String name = file.getFileName().toString();
        lines.setId("log-" + name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.')));
        follow.setSelected(true);
        status.getStyleClass().add("hint");
        HBox bar = new HBox(12, follow, status);
        bar.getStyleClass().add("monitor-toolbar");
        setTop(bar);
        setCenter(lines);
        status.setText(file.toString());
        poller = new Timeline(new KeyFrame(Duration.millis(500), e -> poll()));
        poller.setCycleCount(Timeline.INDEFINITE);
        poll();
        poller.play();
    }

    /** Reads what was written since the last poll. */
    public void poll() {
        try {
            List<String> added = tail.poll();
            if (added.isEmpty()) {
                if (lines.getItems().isEmpty() && !tail.file().toFile().exists()) {
                    status.setText(tail.file() + " (not written yet)");
                }
                return;
            }
            status.setText(tail.file().toString());
            lines.getItems().addAll(added);
            int excess = lines.getItems().size() - MAX_LINES;
            if (excess > 0) {
                lines.getItems().remove(0, excess);
            }
            if (follow.isSelected()) {
                lines.scrollTo(lines.getItems().size() - 1);
            }
        } catch (IOException e) {
            status.setText("cannot read " + tail.file() + ": " + e.getMessage());
        }
    }

    public List<String> lines() {
        return lines.getItems();
    }

    public void stop() {
        poller.stop();
    }
}
