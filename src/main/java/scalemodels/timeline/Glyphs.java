package scalemodels.timeline;


import scalemodels.event.EventType;

/**
 * The mark each kind of event gets on the timeline, and how each mark is drawn, full size or compact (plain
 * rectangles, for when thousands are in view). {@link #of(EventType)} is an exhaustive switch: a new event kind does
 * not compile until it has a mark.
 */
final class Glyphs {
    /** The marks there are. */
    enum Glyph {
        /** Internal event: a small grey dot. */
        DOT,
        /** Send: a triangle in the sender's colour. */
        TRIANGLE,
        /** Receive: a hollow diamond in the receiver's colour. */
        DIAMOND,
        /** Start, stop and restart: a thin bar across the lane. */
        BAR,
        /** Pause and resume: a thick bar. */
        PAUSE_BAR,
        /** Crash: a red cross. */
        CROSS,
        /** A channel fault or a reconnect: a flag. */
        FLAG
    }

    private Glyphs() {
    }

    /** The class of one event's mark in an SVG document: "event send", "event receive", ... */
    static String groupName(EventType type) {
        return GROUP_NAMES[type.ordinal()];
    }

    private static final String[] GROUP_NAMES = java.util.Arrays.stream(EventType.values())
            .map(t -> "event " + t.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    static Glyph of(EventType type) {
        return switch (type) {
            case INTERNAL -> Glyph.DOT;
            case SEND -> Glyph.TRIANGLE;
            case RECEIVE -> Glyph.DIAMOND;
            case START, STOP, RESTART -> Glyph.BAR;
            case PAUSE, RESUME -> Glyph.PAUSE_BAR;
            case CRASH -> Glyph.CROSS;
            case FAULT, RECONNECT -> Glyph.FLAG;
        };
    }

    /**
     * The same marks as axis-aligned rectangles, which the software pipeline fills without rasterizing a path:
     * used when so many events are in view that their shapes could not be told apart anyway. The rare marks
     * (bars, crosses, flags) keep their shape.
     */
    static void drawCompact(Painter gc, EventType type, int lane, double x, double y) {
        switch (of(type)) {
            case DOT -> {
                gc.setFill(Palette.INTERNAL);
                fillPixels(gc, x - 2, y - 2, 4, 4);
            }
            case TRIANGLE -> {
                gc.setFill(Palette.lane(lane));
                fillPixels(gc, x - 2.5, y - 5, 5, 9);
            }
            case DIAMOND -> {
                gc.setFill(Palette.lane(lane));
                fillPixels(gc, x - 4, y - 4, 8, 8);
                gc.setFill(Palette.BACKGROUND);
                fillPixels(gc, x - 2, y - 2, 4, 4);
            }
            case BAR, PAUSE_BAR, CROSS, FLAG -> draw(gc, type, lane, x, y);
        }
    }

    static void draw(Painter gc, EventType type, int lane, double x, double y) {
        switch (of(type)) {
            case DOT -> {
                gc.setFill(Palette.INTERNAL);
                gc.fillOval(x - 2.5, y - 2.5, 5, 5);
            }
            case TRIANGLE -> {
                gc.setFill(Palette.lane(lane));
                gc.fillPolygon(new double[] {x - 4.5, x + 4.5, x}, new double[] {y + 4, y + 4, y - 5}, 3);
            }
            case DIAMOND -> {
                gc.setFill(Palette.BACKGROUND);
                gc.fillPolygon(new double[] {x, x + 5, x, x - 5}, new double[] {y - 5, y, y + 5, y}, 4);
                gc.setStroke(Palette.lane(lane));
                gc.setLineWidth(1.6);
                gc.setLineDashes();
                gc.strokePolygon(new double[] {x, x + 5, x, x - 5}, new double[] {y - 5, y, y + 5, y}, 4);
            }
            case BAR -> {
                gc.setFill(Palette.AXIS);
                gc.fillRect(x - 1, y - 8, 2, 16);
            }
            case PAUSE_BAR -> {
                gc.setFill(Palette.PAUSE_MARK);
                gc.fillRect(x - 1.5, y - 10, 3, 20);
            }
            case CROSS -> {
                gc.setStroke(Palette.NOW);
                gc.setLineWidth(2.5);
                gc.setLineDashes();
                gc.strokeLine(x - 6, y - 6, x + 6, y + 6);
                gc.strokeLine(x - 6, y + 6, x + 6, y - 6);
            }
            case FLAG -> {
                gc.setFill(Palette.FAULT);
                gc.fillPolygon(new double[] {x, x, x + 8}, new double[] {y - 14, y - 4, y - 9}, 3);
                gc.fillRect(x - 0.75, y - 14, 1.5, 14);
            }
        }
    }

    /**
     * A rectangle snapped to whole pixels: the software pipeline copies those straight into the frame, while a
     * fractional edge sends the rectangle through the anti-aliasing path rasterizer like any shape.
     */
    static void fillPixels(Painter gc, double x, double y, double w, double h) {
        double left = Math.round(x);
        double top = Math.round(y);
        gc.fillRect(left, top, Math.max(1, Math.round(x + w) - left), Math.max(1, Math.round(y + h) - top));
    }
}
