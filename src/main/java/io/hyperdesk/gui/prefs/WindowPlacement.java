package io.hyperdesk.gui.prefs;

/** Where the main window was and how big, to open it there again. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** The size a first start uses: room for the designer's three columns on a laptop screen. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    /** True when the window is big enough to use and its title bar could be on a screen. */
    public boolean isPlausible() {
        return width >= 400 && height >= 300 && width <= 20000 && height <= 20000
                && Math.abs(x) < 50000 && Math.abs(y) < 50000;
    }
}
