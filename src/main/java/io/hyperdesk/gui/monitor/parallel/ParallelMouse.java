package io.hyperdesk.gui.monitor.parallel;

import io.hyperdesk.gui.monitor.RunRow;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The parallel-coordinates chart's mouse: drag along an axis to brush, click an axis to clear its
 * brush, drag an axis title to move the axis, right-click an axis for its menu (log scale, clear),
 * click near a line to select its run.
 */
final class ParallelMouse {

    private static final double AXIS_TOLERANCE = 12;
    private static final double CLICK_SLOP = 3;

    private final ParallelCoordinatesView view;
    private final Canvas canvas;
    private int pressedAxis = -1;
    private boolean movingAxis;
    private boolean dragged;
    private double pressX;
    private double pressY;
    private int draggedAxis = -1;
    private double draggedX;
    private ContextMenu menu;

    ParallelMouse(ParallelCoordinatesView view, Canvas canvas) {
        this.view = view;
        this.canvas = canvas;
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
    }

    int draggedAxis() {
        return draggedAxis;
    }

    double draggedX() {
        return draggedX;
    }

    private void pressed(MouseEvent event) {
        if (view.runLayout() == null) {
            return;
        }
        if (menu != null) {
            menu.hide();
        }
        ParallelGeometry geometry = view.geometry();
        pressX = event.getX();
        pressY = event.getY();
        dragged = false;
        int axis = geometry.axisNear(pressX, event.getY() < geometry.top() - 4 ? geometry.spacing() / 2 : AXIS_TOLERANCE);
        if (event.getButton() == MouseButton.SECONDARY) {
            if (axis >= 0) {
                showMenu(axis, event);
            }
            pressedAxis = -1;
            return;
        }
        pressedAxis = axis;
        int lastParameterAxis = view.runLayout().axes().size() - 2;
        movingAxis = axis >= 0 && axis <= lastParameterAxis && event.getY() < geometry.top() - 4;
    }

    private void dragged(MouseEvent event) {
        if (pressedAxis < 0) {
            return;
        }
        if (!dragged && Math.hypot(event.getX() - pressX, event.getY() - pressY) < CLICK_SLOP) {
            return;
        }
        dragged = true;
        ParallelGeometry geometry = view.geometry();
        if (movingAxis) {
            draggedAxis = pressedAxis;
            draggedX = Math.max(0, Math.min(canvas.getWidth(), event.getX()));
            view.paint();
        } else {
            String id = view.runLayout().axes().get(pressedAxis).id();
            view.dragBrush(id, geometry.position(pressY), geometry.position(event.getY()));
        }
    }

    private void released(MouseEvent event) {
        if (view.runLayout() == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        ParallelGeometry geometry = view.geometry();
        if (pressedAxis < 0) {
            selectNearest(event.getX(), event.getY(), geometry);
        } else if (movingAxis && dragged) {
            String id = view.runLayout().axes().get(pressedAxis).id();
            int slot = 0;
            double best = Double.MAX_VALUE;
            for (int a = 0; a < view.runLayout().axes().size() - 1; a++) {
                double distance = Math.abs(geometry.axisX(a) - event.getX());
                if (distance < best) {
                    best = distance;
                    slot = a;
                }
            }
            draggedAxis = -1;
            view.moveAxis(id, slot);
        } else if (!movingAxis && dragged) {
            view.endBrush();
        } else if (!movingAxis) {
            view.clearBrush(view.runLayout().axes().get(pressedAxis).id());
        }
        pressedAxis = -1;
        draggedAxis = -1;
    }

    private void showMenu(int axis, MouseEvent event) {
        ParallelAxis parallelAxis = view.runLayout().axes().get(axis);
        CheckMenuItem log = new CheckMenuItem("Log scale");
        log.setSelected(parallelAxis.isLog());
        log.setDisable(!parallelAxis.canBeLog());
        log.setOnAction(e -> view.setLogScale(parallelAxis.id(), log.isSelected()));
        MenuItem clear = new MenuItem("Clear brush");
        clear.setOnAction(e -> view.clearBrush(parallelAxis.id()));
        menu = new ContextMenu(log, clear);
        menu.show(canvas, event.getScreenX(), event.getScreenY());
    }

    /** Selects the visible run whose line passes within 6 pixels of the click. */
    private void selectNearest(double x, double y, ParallelGeometry geometry) {
        ParallelLayout layout = view.runLayout();
        int axes = layout.axes().size();
        int left = -1;
        for (int a = 0; a < axes - 1; a++) {
            if (x >= geometry.axisX(a) && x <= geometry.axisX(a + 1)) {
                left = a;
            }
        }
        if (left < 0) {
            return;
        }
        double f = (x - geometry.axisX(left)) / (geometry.axisX(left + 1) - geometry.axisX(left));
        RunRow nearest = null;
        double nearestDistance = 6;
        for (int r = 0; r < layout.rows().size(); r++) {
            RunRow row = layout.rows().get(r);
            float a = layout.position(r, left);
            float b = layout.position(r, left + 1);
            if (!row.isVisible() || Float.isNaN(a) || Float.isNaN(b)) {
                continue;
            }
            double distance = Math.abs(geometry.y(a * (1 - f) + b * f) - y);
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest = row;
            }
        }
        if (nearest != null) {
            view.model().selectedRunProperty().set(nearest);
        }
    }
}
