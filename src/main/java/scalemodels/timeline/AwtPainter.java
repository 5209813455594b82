package scalemodels.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The timeline's {@link Painter} on Java2D, without a display: an image for an exported {@code timeline.png}, or,
 * given JFreeSVG's {@link SVGGraphics2D}, an SVG document whose event marks are groups of class "event ...". Line
 * caps and joins are JavaFX's defaults (square, miter), and text is placed by its metrics as JavaFX places it.
 */
public final class AwtPainter implements Painter {
    private final Graphics2D g;
    private final Map<Typeface, Font> fonts = new HashMap<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private float[] dashes;
    private Align align = Align.LEFT;
    private Baseline baseline = Baseline.BOTTOM;

    public AwtPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        setFont(Typeface.regular(12));
    }

    private static Color awt(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), c.argb() >>> 24);
    }

    @Override
    public void setTransform(double scale, double dx, double dy) {
        g.setTransform(new AffineTransform(scale, 0, 0, scale, dx, dy));
    }

    @Override
    public void setFill(Rgba colour) {
        fill = awt(colour);
    }

    @Override
    public void setStroke(Rgba colour) {
        stroke = awt(colour);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setLineDashes(double... pattern) {
        if (pattern == null || pattern.length == 0) {
            dashes = null;
            return;
        }
        dashes = new float[pattern.length];
        for (int k = 0; k < pattern.length; k++) {
            dashes[k] = (float) pattern[k];
        }
    }

    @Override
    public void setFont(Typeface font) {
        g.setFont(fonts.computeIfAbsent(font, f -> new Font(Font.SANS_SERIF, f.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) f.size())));
    }

    @Override
    public void setTextAlign(Align newAlign) {
        align = newAlign;
    }

    @Override
    public void setTextBaseline(Baseline newBaseline) {
        baseline = newBaseline;
    }

    private void filling() {
        g.setColor(fill);
    }

    private void stroking() {
        g.setColor(stroke);
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10, dashes,
                0));
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        filling();
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        stroking();
        g.draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        stroking();
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        filling();
        g.fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        stroking();
        g.draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        filling();
        g.fill(polygon(xs, ys, points));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        stroking();
        g.draw(polygon(xs, ys, points));
    }

    private static Path2D polygon(double[] xs, double[] ys, int points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int k = 1; k < points; k++) {
            path.lineTo(xs[k], ys[k]);
        }
        path.closePath();
        return path;
    }

    @Override
    public void fillText(String text, double x, double y) {
        filling();
        FontMetrics metrics = g.getFontMetrics();
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - metrics.stringWidth(text) / 2.0;
            case RIGHT -> x - metrics.stringWidth(text);
        };
        double base = switch (baseline) {
            case TOP -> y + metrics.getAscent();
            case CENTER -> y + (metrics.getAscent() - metrics.getDescent()) / 2.0;
            case BOTTOM -> y - metrics.getDescent();
        };
        g.drawString(text, (float) left, (float) base);
    }

    @Override
    public void beginGroup(String kind) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", kind));
        }
    }

    @Override
    public void endGroup() {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
    }
}
