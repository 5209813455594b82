package scalemodels.ui.timeline;

import java.util.HashMap;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import scalemodels.timeline.Painter;
import scalemodels.timeline.Rgba;
import scalemodels.timeline.TimelinePicture;
import scalemodels.timeline.Typeface;

/**
 * The timeline's {@link Painter} on a JavaFX canvas: each call goes straight to the canvas's graphics context.
 * Colours and fonts are converted once and kept, since a frame sets the same few hundred times.
 */
public final class FxPainter implements Painter {
    private final GraphicsContext gc;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<Typeface, Font> fonts = new HashMap<>();

    FxPainter(GraphicsContext gc) {
        this.gc = gc;
    }

    /** A picture of the timeline drawn on a canvas of its own, {@code factor} times the view's size. */
    public static WritableImage snapshot(TimelinePicture picture, double factor) {
        Canvas canvas = new Canvas(picture.pixelWidth(factor), picture.pixelHeight(factor));
        picture.draw(new FxPainter(canvas.getGraphicsContext2D()), factor);
        return canvas.snapshot(null, null);
    }

    /** A JavaFX colour as the renderers' (the style sheet's theme colours). */
    static Rgba rgba(Color c) {
        return Rgba.rgb((int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255), c.getOpacity());
    }

    private Color fx(Rgba c) {
        return colours.computeIfAbsent(c.argb(), argb -> Color.rgb(c.red(), c.green(), c.blue(), c.opacity()));
    }

    @Override
    public void setTransform(double scale, double dx, double dy) {
        gc.setTransform(scale, 0, 0, scale, dx, dy);
    }

    @Override
    public void setFill(Rgba colour) {
        gc.setFill(fx(colour));
    }

    @Override
    public void setStroke(Rgba colour) {
        gc.setStroke(fx(colour));
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes);
    }

    @Override
    public void setFont(Typeface font) {
        gc.setFont(fonts.computeIfAbsent(font,
                f -> Font.font("System", f.bold() ? FontWeight.BOLD : FontWeight.NORMAL, f.size())));
    }

    @Override
    public void setTextAlign(Align align) {
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
    }

    @Override
    public void setTextBaseline(Baseline baseline) {
        gc.setTextBaseline(switch (baseline) {
            case TOP -> VPos.TOP;
            case CENTER -> VPos.CENTER;
            case BOTTOM -> VPos.BOTTOM;
        });
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        gc.strokeOval(x, y, width, height);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        gc.fillPolygon(xs, ys, points);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        gc.strokePolygon(xs, ys, points);
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.fillText(text, x, y);
    }
}
