package scalemodels.timeline;


import java.util.List;

import scalemodels.rundata.ConsistentCut;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/**
 * The cut: a line down the lanes through each VM's point (green and solid when consistent, red and dashed when
 * not), a square handle on each lane's event row, and each message that crosses it backwards as a bold red arrow.
 */
public final class CutLayer {
    private CutLayer() {
    }

    /** A vertical piece of a cut's line: green and solid when the cut is consistent, red and dashed when not. */
    static void segment(Painter gc, boolean consistent, double x, double top, double bottom) {
        line(gc, consistent, x, top, x, bottom);
    }

    private static void line(Painter gc, boolean consistent, double x0, double y0, double x1, double y1) {
        gc.setStroke(consistent ? Palette.CUT : Palette.NOW);
        gc.setLineWidth(2.5);
        if (consistent) {
            gc.setLineDashes();
        } else {
            gc.setLineDashes(8, 5);
        }
        gc.strokeLine(x0, y0, x1, y1);
    }

    /**
     * Where the cut crosses lane {@code lane}: midway between the last event inside it and the first outside, or
     * just beside the lane's first or last event.
     */
    public static double x(TimelineGeometry g, RunModel run, ConsistentCut cut, int lane) {
        LaneData data = run.lane(lane);
        int f = Math.min(cut.frontier()[lane], data.size());
        if (data.size() == 0) {
            return g.x(run.startMicros());
        }
        if (f == 0) {
            return g.x(data.time(0)) - 8;
        }
        if (f == data.size()) {
            return g.x(data.time(f - 1)) + 8;
        }
        return (g.x(data.time(f - 1)) + g.x(data.time(f))) / 2;
    }

    static void draw(Painter gc, TimelineGeometry g, RunModel shown, ConsistentCut cut,
                     List<ConsistentCut.Crossing> crossings) {
        if (cut == null || shown == null || shown.vms() != cut.frontier().length) {
            return;
        }
        boolean consistent = crossings.isEmpty();
        double previousX = Double.NaN;
        for (int lane = 0; lane < shown.vms(); lane++) {
            double x = x(g, shown, cut, lane);
            double top = g.laneTop(lane);
            if (!Double.isNaN(previousX)) {
                line(gc, consistent, previousX, top, x, top);
            }
            segment(gc, consistent, x, top, top + g.laneHeight());
            previousX = x;
        }
        gc.setLineDashes();
        for (int lane = 0; lane < shown.vms(); lane++) {
            double x = x(g, shown, cut, lane);
            double y = g.eventY(lane);
            gc.setFill(consistent ? Palette.CUT : Palette.NOW);
            gc.fillRect(x - 4, y - 4, 8, 8);
        }
        gc.setLineWidth(3);
        for (ConsistentCut.Crossing c : crossings) {
            MessageLayer.arrow(gc, Palette.NOW, g.x(shown.lane(c.send().lane()).time(c.send().index())),
                    g.eventY(c.send().lane()), g.x(shown.lane(c.receive().lane()).time(c.receive().index())),
                    g.eventY(c.receive().lane()));
        }
    }
}
