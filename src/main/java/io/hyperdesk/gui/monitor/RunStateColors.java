package io.hyperdesk.gui.monitor;

import io.hyperdesk.engine.run.RunState;
import javafx.scene.paint.Color;

/** One colour per run state, the same in the table's dots and the charts. */
public final class RunStateColors {

    private RunStateColors() {
    }

    /** The state's colour as {@code #rrggbb}. */
    public static String hex(RunState state) {
        return switch (state) {
            case QUEUED -> "#9e9e9e";
            case RUNNING -> "#1e88e5";
            case COMPLETED -> "#2e7d32";
            case FAILED -> "#c62828";
            case CANCELED -> "#ef6c00";
            case INTERRUPTED -> "#6a1b9a";
        };
    }

    public static Color fx(RunState state) {
        return Color.web(hex(state));
    }
}
