package scalemodels.timeline;


import scalemodels.rundata.Interruptions;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/** The strip under each lane's events: how many messages wait in the VM's queue, over time. */
final class QueueStrip {
    private QueueStrip() {
    }

    static void draw(Painter gc, TimelineGeometry g, RunModel model, int lane, long now) {
        logged(gc, g, model.lane(lane), lane, now);
        whilePaused(gc, g, model, lane, now);
    }

    /** The queue as the VM logged it at each event, held until its next. */
    private static void logged(Painter gc, TimelineGeometry g, LaneData lane, int laneIndex, long now) {
        if (lane.size() == 0 || lane.maxQueue() == 0) {
            return;
        }
        double top = g.queueStripTop(laneIndex);
        double height = g.queueStripHeight();
        double scale = height / Math.max(4, lane.maxQueue());
        double endX = Math.min(g.width(), g.x(Math.max(lane.time(lane.size() - 1), now)));
        gc.setFill(Palette.QUEUE);
        int runValue = -1;
        double runStart = 0;
        for (double x = Math.max(0, g.x(lane.time(0))); x <= endX + 1; x += 1) {
            int index = lane.lastAtOrBefore(g.time(x));
            int value = index < 0 || x > endX ? 0 : lane.queue(index);
            if (value != runValue) {
                if (runValue > 0) {
                    Glyphs.fillPixels(gc, runStart, top + height - runValue * scale, x - runStart, runValue * scale);
                }
                runValue = value;
                runStart = x;
            }
        }
    }

    /**
     * While a VM is paused its logged queue stands still, yet messages keep arriving: over each paused stretch the
     * strip shows the queue at the pause plus every arrival since, as it happens.
     */
    private static void whilePaused(Painter gc, TimelineGeometry g, RunModel model, int laneIndex,
                                             long now) {
        LaneData lane = model.lane(laneIndex);
        for (Interruptions.Stretch stretch : lane.interruptions()) {
            long end = stretch.open() ? now : stretch.endMicros();
            if (stretch.crash() || end < g.viewStart() || stretch.startMicros() > g.viewEnd()) {
                continue;
            }
            int before = lane.lastAtOrBefore(stretch.startMicros());
            int queued = before < 0 ? 0 : Math.max(0, lane.queue(before));
            long[] arrivals = QueueArrivals.at(model, laneIndex, stretch.startMicros(), end);
            double top = g.queueStripTop(laneIndex);
            double height = g.queueStripHeight();
            double scale = height / Math.max(4, Math.max(lane.maxQueue(), queued + arrivals.length));
            double x0 = Math.max(0, g.x(stretch.startMicros()));
            double x1 = Math.min(g.width(), g.x(end));
            gc.setFill(Palette.QUEUE);
            int arrived = 0;
            for (double x = x0; x < x1; x += 1) {
                long t = g.time(x + 1);
                while (arrived < arrivals.length && arrivals[arrived] <= t) {
                    arrived++;
                }
                double value = Math.min(height, (queued + arrived) * scale);
                Glyphs.fillPixels(gc, x, top + height - value, 1, value);
            }
        }
    }
}
