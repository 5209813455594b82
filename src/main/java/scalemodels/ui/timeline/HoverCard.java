package scalemodels.ui.timeline;

import javafx.scene.control.Label;

import scalemodels.rundata.EventInspector;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.TimelineGeometry;

/** The card that follows the pointer with the details of the event under it, kept inside the timeline. */
final class HoverCard extends Label {
    private EventRef shown;
    /** Where the pointer rests on the canvas (NaN when outside), and the view the card was made for. */
    private double pointerX = Double.NaN;
    private double pointerY;
    private long viewStart;
    private long span;

    HoverCard() {
        setId("hover-details");
        getStyleClass().add("hover-card");
        setVisible(false);
        setMouseTransparent(true);
        setManaged(false);
    }

    /**
     * Shows {@code hit}'s details beside the pointer (left of it when there is no room on the right), or hides the
     * card when nothing is hit.
     *
     * @param broken the rules the event breaks, in the rule check's words
     * @param x      pointer position in the timeline's coordinates
     */
    void follow(RunModel model, EventRef hit, java.util.List<String> broken, double x, double y, double width,
                double height) {
        if (hit == null) {
            hide();
            return;
        }
        if (!hit.equals(shown)) {
            shown = hit;
            setText(EventInspector.describe(model, hit, broken));
            autosize();
        }
        double cardX = x + 14;
        if (cardX + getWidth() > width) {
            cardX = x - getWidth() - 14;
        }
        double cardY = Math.min(y + 14, height - getHeight() - 4);
        relocate(cardX, Math.max(0, cardY));
        setVisible(true);
    }

    void hide() {
        setVisible(false);
        shown = null;
    }

    void pointerAt(double x, double y) {
        pointerX = x;
        pointerY = y;
    }

    void pointerLeft() {
        pointerX = Double.NaN;
        hide();
    }

    double pointerX() {
        return pointerX;
    }

    double pointerY() {
        return pointerY;
    }

    /** True when the view moved under a still pointer: the card must tell of what is under it now, or go. */
    boolean viewMovedUnderPointer(TimelineGeometry g) {
        boolean moved = g.viewStart() != viewStart || g.span() != span;
        viewStart = g.viewStart();
        span = g.span();
        return moved && !Double.isNaN(pointerX);
    }
}
