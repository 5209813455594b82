package scalemodels.timeline;

/**
 * Where the timeline is drawn: the window's canvas, an image file or an SVG document. The renderers draw through
 * this and nothing else, so the picture a user saves or exports is drawn by the same code as the one on screen. The
 * calls are those of JavaFX's {@code GraphicsContext} that the renderers use, with the same meaning: a fill and a
 * stroke colour, a line width and dash pattern, and text anchored by {@link Align} and {@link Baseline}.
 */
public interface Painter {
    /** Where a text's x lies: at its left end, its middle or its right end. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Where a text's y lies: at the top of its letters, their middle, or the bottom of their descenders. */
    enum Baseline { TOP, CENTER, BOTTOM }

    /** Everything drawn after this is scaled by {@code scale} and then moved by ({@code dx}, {@code dy}). */
    void setTransform(double scale, double dx, double dy);

    void setFill(Rgba colour);

    void setStroke(Rgba colour);

    void setLineWidth(double width);

    /** Dash and gap lengths; none for a solid line. */
    void setLineDashes(double... dashes);

    void setFont(Typeface font);

    void setTextAlign(Align align);

    void setTextBaseline(Baseline baseline);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void strokeLine(double x0, double y0, double x1, double y1);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    void fillPolygon(double[] xs, double[] ys, int points);

    void strokePolygon(double[] xs, double[] ys, int points);

    void fillText(String text, double x, double y);

    /**
     * What the marks drawn until {@link #endGroup()} are, as a class name ("event send"): an SVG document keeps it as
     * a group, so a reader (or a test) can tell glyphs from lines; a canvas ignores it.
     */
    default void beginGroup(String kind) {
    }

    default void endGroup() {
    }
}
