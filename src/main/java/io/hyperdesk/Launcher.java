package io.hyperdesk;

import io.hyperdesk.cli.HyperDeskCommand;

/**
 * The jar's entry point. It does not extend {@code Application}, so a shaded {@code java -jar}
 * starts without the JavaFX launcher check; with no arguments it opens the GUI.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(HyperDeskCommand.execute(args));
    }
}
