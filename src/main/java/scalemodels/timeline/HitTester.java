package scalemodels.timeline;

import scalemodels.rundata.EventRef;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.UnreceivedSends;

/** Finds the event under the pointer: the nearest one in the pointer's lane within a few pixels. */
public final class HitTester {
    private HitTester() {
    }

    /**
     * @return the event nearest to {@code x} in the lane under {@code y}, if it is within {@code radius} pixels
     *         horizontally and the pointer is near the lane's event row; otherwise null
     */
    public static EventRef find(RunModel model, TimelineGeometry geometry, double x, double y, double radius) {
        int lane = geometry.laneAt(y);
        if (lane < 0 || lane >= model.vms() || Math.abs(y - geometry.eventY(lane)) > Math.max(radius, 10)) {
            return null;
        }
        LaneData data = model.lane(lane);
        int after = data.firstAtOrAfter(geometry.time(x));
        EventRef best = null;
        double bestDistance = radius;
        for (int i = Math.max(0, after - 1); i <= Math.min(data.size() - 1, after); i++) {
            double distance = Math.abs(geometry.x(data.time(i)) - x);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = new EventRef(lane, i);
            }
        }
        return best;
    }

    /**
     * The channel {from, to} of the dashed in-flight arrow within 6 pixels of the point, or null. Arrows run from
     * each unreceived send to "now" on the receiver's lane; only the last {@code perChannel} of a channel are drawn.
     */
    public static int[] pendingArrowAt(RunModel model, TimelineGeometry geometry, long nowMicros, int perChannel,
                                       double x, double y) {
        double xNow = geometry.x(nowMicros);
        for (int from = 0; from < model.vms(); from++) {
            for (int to = 0; to < model.vms(); to++) {
                UnreceivedSends waiting = model.unreceived(from, to);
                for (int k = Math.max(0, waiting.size() - perChannel); k < waiting.size(); k++) {
                    double x0 = geometry.x(model.lane(from).time(waiting.get(k)));
                    if (distanceToSegment(x, y, x0, geometry.eventY(from), xNow, geometry.eventY(to)) < 6) {
                        return new int[] {from, to};
                    }
                }
            }
        }
        return null;
    }

    static double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / lengthSquared));
        return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
    }
}
