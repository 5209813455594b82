import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the app's icon (the window's and the Debian package's menu entry): three VM lanes, their events, and two
 * messages between them, in the lanes' colours. Not part of the build; run with
 * {@code java docs/tools/AppIcon.java src/main/resources/scalemodels/ui/icon.png}.
 */
public class AppIcon {
    public static void main(String[] args) throws Exception {
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        RoundRectangle2D card = new RoundRectangle2D.Double(10, 10, size - 20, size - 20, 48, 48);
        g.setColor(new Color(0xf8fafc));
        g.fill(card);
        g.setColor(new Color(0x94a3b8));
        g.setStroke(new BasicStroke(4));
        g.draw(card);
        // The first three lane colours of scalemodels.timeline.LaneColours (Okabe and Ito's).
        Color[] lanes = {new Color(0x0072b2), new Color(0xd55e00), new Color(0x009e73)};
        double[] y = {68, 128, 188};
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            g.setColor(lanes[i]);
            g.draw(new Line2D.Double(40, y[i], 216, y[i]));
        }
        // Two messages: lane 0 to lane 1, lane 1 to lane 2, each arriving later than it left.
        g.setColor(new Color(0x1f2937));
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        arrow(g, 72, y[0], 132, y[1]);
        arrow(g, 150, y[1], 204, y[2]);
        for (double[] event : new double[][] {{72, y[0]}, {132, y[1]}, {150, y[1]}, {204, y[2]}, {110, y[2]}}) {
            g.fill(new java.awt.geom.Ellipse2D.Double(event[0] - 11, event[1] - 11, 22, 22));
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double back = 26;
        double endX = x2 - 14 * Math.cos(angle);
        double endY = y2 - 14 * Math.sin(angle);
        g.draw(new Line2D.Double(x1, y1, endX - 10 * Math.cos(angle), endY - 10 * Math.sin(angle)));
        Path2D head = new Path2D.Double();
        head.moveTo(endX, endY);
        head.lineTo(endX - back * Math.cos(angle - 0.45), endY - back * Math.sin(angle - 0.45));
        head.lineTo(endX - back * Math.cos(angle + 0.45), endY - back * Math.sin(angle + 0.45));
        head.closePath();
        g.fill(head);
    }
}
