package scalemodels.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

import scalemodels.timeline.TimelineGeometry;

/**
 * What the pointer and keys do on the timeline: the wheel or a pinch zooms around the pointer, a drag pans, a click
 * selects (Shift+click picks a second event to compare), a right click opens the fault menu of the lane or in-flight
 * arrow under it, hovering shows the hover card; focused, + and - zoom around the middle, 0 fits the whole run, C
 * places a cut at the pointer (dragged by its line or its lane handles), S snaps it to a consistent cut, Esc
 * clears the selection and the cut, Right and Left step to the next and previous event (Shift: of the selected
 * event's VM), H holds a live run's view still and F1 shows the legend.
 */
final class TimelineInput {
    /** What the input acts on. */
    interface Target {
        TimelineGeometry geometry();

        /** The view changed: draw it again on the next frame. */
        void viewChanged();

        void selectAt(double x, double y);

        /** Shift+click: the second event, to compare with the selected one. */
        void selectSecondAt(double x, double y);

        /** Esc. */
        void clearSelection();

        void hover(double x, double y);

        void endHover();

        /** The right-click menu for a point of the canvas, at a point of the screen. */
        void menuAt(double x, double y, double screenX, double screenY);

        void fitWholeRun();

        /** Right/Left: the next or previous event of the run; with Shift, of the selected event's VM. */
        void step(boolean forward, boolean sameVm);

        /** H: hold a live run's view still while the run goes on. */
        void hold();
    }

    private final Target target;
    private final CutTool cut;
    private final Runnable legend;
    private double dragX = Double.NaN;
    private double pointerX = Double.NaN;
    private boolean cutPressed;

    private TimelineInput(Target target, CutTool cut, Runnable legend) {
        this.target = target;
        this.cut = cut;
        this.legend = legend;
    }

    /** @param focusable the node that takes the keys (focused by a press on the canvas) */
    static void install(Canvas canvas, javafx.scene.Node focusable, Target target, CutTool cut, Runnable legend) {
        TimelineInput input = new TimelineInput(target, cut, legend);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                input.zoom(Math.pow(1.002, -e.getDeltaY()), e.getX() / input.scale());
                e.consume();
            }
        });
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            input.zoom(1 / e.getZoomFactor(), e.getX() / input.scale());
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            // A press on the cut's line or a handle takes hold of the cut; anywhere else it starts a pan.
            input.cutPressed = e.getButton() == MouseButton.PRIMARY && cut.grab(input.x(e), input.y(e));
            input.dragX = input.cutPressed ? Double.NaN : input.x(e);
        });
        // On release, not press: the tab pane around the timeline takes the focus on every press it sees.
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            cut.release();
            focusable.requestFocus();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (cut.holding()) {
                cut.dragTo(input.x(e));
                target.viewChanged();
            } else if (!Double.isNaN(input.dragX) && e.getButton() == MouseButton.PRIMARY) {
                target.geometry().panBy(input.x(e) - input.dragX);
                input.dragX = input.x(e);
                target.viewChanged();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (input.cutPressed) {
                input.cutPressed = false; // the press was the cut's, not a selection
            } else if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && e.isShiftDown()) {
                target.selectSecondAt(input.x(e), input.y(e));
            } else if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                target.selectAt(input.x(e), input.y(e));
            } else if (e.getButton() == MouseButton.SECONDARY) {
                target.menuAt(input.x(e), input.y(e), e.getScreenX(), e.getScreenY());
            }
            target.viewChanged();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            input.pointerX = input.x(e);
            target.hover(input.x(e), input.y(e));
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            input.pointerX = Double.NaN;
            target.endHover();
        });
        focusable.setFocusTraversable(true);
        focusable.addEventHandler(KeyEvent.KEY_PRESSED, input::key);
    }

    /** The pointer in the geometry's units (canvas pixels over the presentation scale). */
    private double x(MouseEvent e) {
        return e.getX() / scale();
    }

    private double y(MouseEvent e) {
        return e.getY() / scale();
    }

    private double scale() {
        return target.geometry().scale();
    }

    private void zoom(double factor, double anchorX) {
        target.geometry().zoom(factor, anchorX);
        target.viewChanged();
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown()) {
            return; // Ctrl+Plus, Ctrl+Minus, Ctrl+0, Ctrl+L: the window's shortcuts, not the timeline's keys
        }
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoom(1 / 1.5, target.geometry().width() / 2);
            case MINUS, SUBTRACT -> zoom(1.5, target.geometry().width() / 2);
            case DIGIT0, NUMPAD0 -> target.fitWholeRun();
            case ESCAPE -> {
                cut.clear();
                target.clearSelection();
            }
            case C -> cut.placeAt(Double.isNaN(pointerX) ? target.geometry().width() / 2 : pointerX);
            case S -> cut.snap();
            case RIGHT, LEFT -> target.step(e.getCode() == javafx.scene.input.KeyCode.RIGHT, e.isShiftDown());
            case H -> target.hold();
            case F1 -> legend.run();
            default -> {
                return;
            }
        }
        target.viewChanged();
        e.consume();
    }
}
