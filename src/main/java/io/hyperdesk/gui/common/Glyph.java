package io.hyperdesk.gui.common;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * The toolbar's and buttons' small line icons, drawn as SVG paths on a 24-unit grid (no image
 * files, crisp at any scale). Styled by CSS: {@code .glyph} strokes, {@code .glyph-filled} fills.
 */
public enum Glyph {
    OPEN("M3 7 V19 H21 V9 H11 L9 7 Z", false),
    NEW_PROJECT("M3 7 V19 H21 V9 H11 L9 7 Z M12 11 V17 M9 14 H15", false),
    SAVE("M5 4 H16 L20 8 V20 H5 Z M8 4 V9 H15 V4 M8 20 V14 H16 V20", false),
    UNDO("M9 14 L4 9 L9 4 M4 9 H14 A5 5 0 0 1 14 19 H10", false),
    REDO("M15 14 L20 9 L15 4 M20 9 H10 A5 5 0 0 0 10 19 H14", false),
    START("M7 5 L19 12 L7 19 Z", true),
    STOP("M6 6 H18 V18 H6 Z", true),
    ADD("M12 5 V19 M5 12 H19", false),
    REMOVE("M5 12 H19", false),
    DUPLICATE("M9 9 H19 V19 H9 Z M5 15 V5 H15", false),
    UP("M12 19 V5 M6 11 L12 5 L18 11", false),
    DOWN("M12 5 V19 M6 13 L12 19 L18 13", false),
    SCRIPT("M6 3 H14 L19 8 V21 H6 Z M14 3 V8 H19", false);

    private final String path;
    private final boolean filled;

    Glyph(String path, boolean filled) {
        this.path = path;
        this.filled = filled;
    }

    /** The icon at {@code size} pixels. */
    public Node node(double size) {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add(filled ? "glyph-filled" : "glyph");
        double scale = size / 24.0;
        shape.setScaleX(scale);
        shape.setScaleY(scale);
        return new Group(shape);
    }

    /** The icon at the toolbar's size. */
    public Node node() {
        return node(16);
    }
}
