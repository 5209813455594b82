package scalemodels.timeline;

import java.util.List;


import scalemodels.analysis.Violation;
import scalemodels.event.EventType;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.Interruptions;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.LogicalLayout;
import scalemodels.rundata.RunModel;

/**
 * Draws one frame of the space-time diagram: lanes, time axis, queue strips, event glyphs (or their density when too
 * many are visible), message arrows and the "now" edge. Only the visible window is drawn, found by binary search.
 */
public final class TimelineRenderer {
    /** Above this many visible events per lane, glyphs give way to per-pixel-column density. */
    static final double GLYPHS_PER_PIXEL = 0.25;
    /**
     * Above this many events in view, glyphs are drawn as plain rectangles: the software pipeline rasterizes a few
     * hundred polygons and ovals per frame at 60 Hz, but thousands of rectangles (docs/benchmarks.md).
     */
    static final int COMPACT_ABOVE = 300;
    /** Least space in pixels between two clock values written above their events. */
    static final double LABEL_GAP = 4;
    private static final Typeface LABEL_FONT = Typeface.regular(10);

    private final MessageLayer messages = new MessageLayer();
    private final AxisRuler ruler = new AxisRuler();
    private LogicalLayout.Axis axis = LogicalLayout.Axis.REAL_TIME;

    /** What the x axis shows: seconds since the run's start, Lamport clock values, or places in the total order. */
    public void setAxis(LogicalLayout.Axis shown) {
        axis = shown;
        ruler.setAxis(shown);
    }

    /** What a frame drew, for tests and the status line. */
    public record FrameStats(int glyphs, int densityColumns, int arrows, int pendingArrows, boolean arrowsSkipped) {
    }

    /**
     * Draws the run as {@code g} shows it, with {@code selection} marked; the caller has set the painter's
     * transform (the presentation scale, and any margin around the picture).
     */
    public FrameStats draw(Painter gc, RunModel model, TimelineGeometry g, long nowMicros, boolean live,
                    Highlights selection) {
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, g.width(), g.height());
        if (model == null) {
            gc.setFill(Palette.AXIS);
            gc.setFont(Typeface.regular(15));
            gc.setTextAlign(Painter.Align.CENTER);
            gc.setTextBaseline(Painter.Baseline.CENTER);
            gc.fillText("Press Start (F5) to run the model, or open a run folder (Ctrl+O, or drop it here).",
                    g.width() / 2, g.height() / 2);
            return new FrameStats(0, 0, 0, 0, false);
        }
        drawLaneBands(gc, g);
        long origin = axis != LogicalLayout.Axis.REAL_TIME ? 0 : model.isEmpty() ? nowMicros : model.startMicros();
        ruler.draw(gc, g, origin);
        int glyphs = 0;
        int density = 0;
        boolean compact = visibleEvents(model, g) > COMPACT_ABOVE;
        for (int lane = 0; lane < model.vms(); lane++) {
            drawInterruptions(gc, g, model.lane(lane), lane, nowMicros);
            QueueStrip.draw(gc, g, model, lane, nowMicros);
        }
        MessageLayer.Counts arrows = messages.draw(gc, model, g, nowMicros);
        if (live) {
            double x = g.x(nowMicros);
            gc.setStroke(Palette.NOW);
            gc.setLineWidth(1.5);
            gc.setLineDashes();
            gc.strokeLine(x, TimelineGeometry.AXIS_HEIGHT, x, g.height());
        }
        // A selected event's cone fades what is drawn so far and bands the lanes; the events stay sharp above it.
        ConeLayer.drawUnder(gc, g, model, selection, nowMicros, !arrows.skipped());
        for (int lane = 0; lane < model.vms(); lane++) {
            int[] counts = drawEvents(gc, g, model.lane(lane), lane, compact);
            glyphs += counts[0];
            density += counts[1];
        }
        ConeLayer.drawOver(gc, g, model, selection, glyphs > 0);
        drawViolations(gc, g, model, selection.violations());
        MessageLayer.drawSelectedArrows(gc, model, g, selection.first(), selection.partners());
        drawSelection(gc, g, model, selection);
        CutLayer.draw(gc, g, model, selection.cut(), selection.crossings());
        return new FrameStats(glyphs, density, arrows.solid(), arrows.pending(), arrows.skipped());
    }

    private void drawLaneBands(Painter gc, TimelineGeometry g) {
        for (int lane = 0; lane < g.lanes(); lane++) {
            if (lane % 2 == 1) {
                gc.setFill(Palette.LANE_ALTERNATE);
                gc.fillRect(0, g.laneTop(lane), g.width(), g.laneHeight());
            }
        }
        gc.setStroke(Palette.GRID);
        gc.setLineWidth(1);
        gc.setLineDashes();
        for (int lane = 0; lane < g.lanes(); lane++) {
            double y = Math.round(g.eventY(lane)) + 0.5;
            gc.strokeLine(0, y, g.width(), y);
        }
    }

    /** Paused stretches in amber stripes, crashed stretches in grey with a label. */
    private static void drawInterruptions(Painter gc, TimelineGeometry g, LaneData lane, int laneIndex,
                                          long now) {
        for (Interruptions.Stretch stretch : lane.interruptions()) {
            double x0 = Math.max(0, g.x(stretch.startMicros()));
            double x1 = Math.min(g.width(), g.x(stretch.open() ? now : stretch.endMicros()));
            if (x1 <= 0 || x0 >= g.width() || x1 <= x0) {
                continue;
            }
            double top = g.laneTop(laneIndex) + 4;
            double height = g.laneHeight() - 8;
            boolean crash = stretch.crash();
            interruption(gc, crash, x0, top, x1 - x0, height);
            gc.setFill(Palette.TEXT);
            gc.setFont(LABEL_FONT);
            gc.setTextAlign(Painter.Align.LEFT);
            gc.setTextBaseline(Painter.Baseline.TOP);
            if (x1 - x0 > 50) {
                gc.fillText(crash ? "crashed" : "paused", x0 + 4, top + 2);
            }
        }
    }

    /** @return {glyphs drawn, density columns drawn} */
    /** Events in view over all lanes. */
    private static int visibleEvents(RunModel model, TimelineGeometry g) {
        int visible = 0;
        for (int lane = 0; lane < model.vms(); lane++) {
            LaneData data = model.lane(lane);
            visible += data.firstAtOrAfter(g.viewEnd()) - data.firstAtOrAfter(g.viewStart());
        }
        return visible;
    }

    private int[] drawEvents(Painter gc, TimelineGeometry g, LaneData lane, int laneIndex, boolean compact) {
        double margin = 8 * g.microsPerPixel();
        int from = lane.firstAtOrAfter(g.viewStart() - (long) margin);
        int to = lane.firstAtOrAfter(g.viewEnd() + (long) margin);
        int visible = to - from;
        if (visible <= 0) {
            return new int[] {0, 0};
        }
        double y = g.eventY(laneIndex);
        if (visible > g.width() * GLYPHS_PER_PIXEL) {
            return new int[] {0, drawDensity(gc, g, lane, laneIndex, y)};
        }
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(Painter.Align.CENTER);
        gc.setTextBaseline(Painter.Baseline.BOTTOM);
        double labelEnd = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double x = g.x(lane.time(i));
            gc.beginGroup(Glyphs.groupName(lane.type(i)));
            if (compact) {
                Glyphs.drawCompact(gc, lane.type(i), laneIndex, x, y);
            } else {
                Glyphs.draw(gc, lane.type(i), laneIndex, x, y);
            }
            gc.endGroup();
            if (lane.type(i) != EventType.STOP) {
                // Clock values only where they fit without touching the previous one (about 6 px a digit).
                String clock = Long.toString(lane.clock(i));
                double half = clock.length() * 3.2;
                if (x - half >= labelEnd + LABEL_GAP) {
                    gc.setFill(Palette.TEXT);
                    gc.fillText(clock, x, y - 7);
                    labelEnd = x + half;
                }
            }
        }
        return new int[] {visible, 0};
    }

    private int drawDensity(Painter gc, TimelineGeometry g, LaneData lane, int laneIndex, double y) {
        gc.setFill(Palette.lane(laneIndex).fade(0.75));
        double maxHeight = g.laneHeight() * 0.22;
        int columns = 0;
        int previous = lane.firstAtOrAfter(g.time(0));
        for (int x = 0; x < g.width(); x += 2) {
            int next = lane.firstAtOrAfter(g.time(x + 2));
            int count = next - previous;
            previous = next;
            if (count > 0) {
                double h = Math.min(maxHeight, 2 + Math.log1p(count) * maxHeight / 5);
                Glyphs.fillPixels(gc, x, y - h, 2, 2 * h);
                columns++;
            }
        }
        return columns;
    }

    /** A red ring with a cross on each event that breaks a rule, where it is in view. */
    private static void drawViolations(Painter gc, TimelineGeometry g, RunModel model,
                                       List<Violation> violations) {
        gc.setStroke(Palette.NOW);
        gc.setLineWidth(2);
        gc.setLineDashes();
        int drawn = 0;
        for (Violation v : violations) {
            if (v.vm() < 0 || v.vm() >= model.vms() || v.index() >= model.lane(v.vm()).size() || drawn > 500) {
                continue;
            }
            double x = g.x(model.lane(v.vm()).time(v.index()));
            if (x < -10 || x > g.width() + 10) {
                continue;
            }
            gc.beginGroup("violation");
            violationMark(gc, x, g.eventY(v.vm()));
            gc.endGroup();
            drawn++;
        }
    }

    /** A red ring with a cross: an event that breaks a rule (the timeline and its legend). */
    static void violationMark(Painter gc, double x, double y) {
        gc.setStroke(Palette.NOW);
        gc.setLineWidth(2);
        gc.setLineDashes();
        gc.strokeOval(x - 8, y - 8, 16, 16);
        gc.strokeLine(x - 5, y - 5, x + 5, y + 5);
        gc.strokeLine(x - 5, y + 5, x + 5, y - 5);
    }

    /** A paused (amber) or crashed (grey) stretch of a lane. */
    static void interruption(Painter gc, boolean crash, double x0, double top, double width, double height) {
        gc.setFill(crash ? Palette.CRASHED : Palette.PAUSED);
        gc.fillRect(x0, top, width, height);
    }

    private static void drawSelection(Painter gc, TimelineGeometry g, RunModel model,
                                      Highlights selection) {
        EventRef selected = selection.first();
        if (selected == null || selected.lane() >= model.vms()) {
            return;
        }
        selectionRing(gc, g.x(model.lane(selected.lane()).time(selected.index())), g.eventY(selected.lane()), 9);
        for (EventRef partner : selection.partners()) {
            ring(gc, g, model, partner, 7);
        }
        if (selection.second() != null && selection.second().lane() < model.vms()) {
            ring(gc, g, model, selection.second(), 9);
        }
    }

    private static void ring(Painter gc, TimelineGeometry g, RunModel model, EventRef ref, double r) {
        selectionRing(gc, g.x(model.lane(ref.lane()).time(ref.index())), g.eventY(ref.lane()), r);
    }

    /** The black ring of a selected event (radius 9) or of its message partners (7). */
    static void selectionRing(Painter gc, double x, double y, double r) {
        gc.setStroke(Palette.SELECTION);
        gc.setLineWidth(2);
        gc.setLineDashes();
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }
}
