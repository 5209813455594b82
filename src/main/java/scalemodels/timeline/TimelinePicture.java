package scalemodels.timeline;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.svg.SVGGraphics2D;

import scalemodels.analysis.Violation;
import scalemodels.rundata.LogicalLayout;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.TimeWindow;

/**
 * A timeline drawn as a picture by the same {@link TimelineRenderer} as the window's canvas: the window's view as it
 * is (Save view), or a stretch of a run for an export, then with each lane's name in a column on the left.
 *
 * @param model      the run as drawn (laid out on the axis shown)
 * @param geometry   the visible range and the size, in the canvas's units
 * @param nowMicros  "now" of a live run
 * @param live       whether the run is still going ("now" is drawn)
 * @param highlights what is marked
 * @param axis       what the x axis shows
 * @param laneNames  whether a column of lane names stands left of the lanes
 */
public record TimelinePicture(RunModel model, TimelineGeometry geometry, long nowMicros, boolean live,
                              Highlights highlights, LogicalLayout.Axis axis, boolean laneNames) {
    /** Width of the lane names' column. */
    static final double NAMES_WIDTH = 96;
    /** Least height of a lane in an exported picture: the window's default at three VMs. */
    static final double EXPORT_LANE_HEIGHT = 120;
    /** Space given to each event of the busiest lane in an exported picture, within the width limits below. */
    static final double EXPORT_PIXELS_PER_EVENT = 8;
    static final double EXPORT_MIN_WIDTH = 1200;
    static final double EXPORT_MAX_WIDTH = 6000;

    /**
     * A stretch of a finished run, as an export draws it: wide enough to give each event of the busiest lane about
     * {@link #EXPORT_PIXELS_PER_EVENT} pixels (between {@value #EXPORT_MIN_WIDTH} and {@value #EXPORT_MAX_WIDTH};
     * above that, event density is drawn as in the window), with the rule violations marked and lanes named.
     */
    public static TimelinePicture export(RunModel model, TimeWindow window, List<Violation> violations) {
        int busiest = 0;
        for (int vm = 0; vm < model.vms(); vm++) {
            var lane = model.lane(vm);
            busiest = Math.max(busiest, lane.firstAtOrAfter(window.endMicros() + 1)
                    - lane.firstAtOrAfter(window.startMicros()));
        }
        double width = Math.max(EXPORT_MIN_WIDTH, Math.min(EXPORT_MAX_WIDTH, busiest * EXPORT_PIXELS_PER_EVENT));
        TimelineGeometry g = new TimelineGeometry();
        g.setLanes(model.vms());
        g.setSize(width, TimelineGeometry.AXIS_HEIGHT + Math.max(1, model.vms()) * EXPORT_LANE_HEIGHT);
        // A little room on both sides, so the first and last events' glyphs are whole.
        long margin = Math.max(1, window.lengthMicros() / 100);
        g.show(window.startMicros() - margin, window.lengthMicros() + 2 * margin);
        return new TimelinePicture(model, g, window.endMicros(), false, Highlights.violations(violations),
                LogicalLayout.Axis.REAL_TIME, true);
    }

    /** The stretch of the run's logged time in view, or null on a logical axis or when the view misses the run. */
    public TimeWindow realTimeInView() {
        if (axis != LogicalLayout.Axis.REAL_TIME || model == null || model.isEmpty()) {
            return null;
        }
        long start = Math.max(geometry.viewStart(), model.startMicros());
        long end = Math.min(geometry.viewEnd(), model.lastEventMicros());
        return end > start ? new TimeWindow(start, end) : null;
    }

    /** Pixel width at {@code factor} times the canvas's size. */
    public int pixelWidth(double factor) {
        return (int) Math.round(((laneNames ? NAMES_WIDTH : 0) + geometry.width()) * geometry.scale() * factor);
    }

    public int pixelHeight(double factor) {
        return (int) Math.round(geometry.height() * geometry.scale() * factor);
    }

    /** Draws the picture, {@code factor} times the canvas's size. */
    public TimelineRenderer.FrameStats draw(Painter painter, double factor) {
        double scale = geometry.scale() * factor;
        boolean names = laneNames && model != null;
        painter.setTransform(scale, names ? NAMES_WIDTH * scale : 0, 0);
        TimelineRenderer renderer = new TimelineRenderer();
        renderer.setAxis(axis);
        TimelineRenderer.FrameStats stats = renderer.draw(painter, model, geometry, nowMicros, live, highlights);
        if (names) { // after the lanes, so the messages that come from before the picture's start end under it
            painter.setTransform(scale, 0, 0);
            LaneNames.draw(painter, geometry, model, NAMES_WIDTH);
        }
        return stats;
    }

    /** The picture as an image, {@code factor} times the canvas's size. */
    public BufferedImage image(double factor) {
        BufferedImage image = new BufferedImage(pixelWidth(factor), pixelHeight(factor), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(new AwtPainter(g), factor);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as an SVG document, at the canvas's size; each event's mark is a group of class "event ...". */
    public String svg() {
        SVGGraphics2D svg = new SVGGraphics2D(pixelWidth(1), pixelHeight(1));
        draw(new AwtPainter(svg), 1);
        return svg.getSVGDocument();
    }
}
