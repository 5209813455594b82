package scalemodels.timeline;

import scalemodels.event.EventType;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.UnreceivedSends;

/** Finds the event under the pointer: the nearest one in the pointer's lane within a few pixels. */
public final class HitTester {
    private HitTester() {
    }

    /** Events looked at around the pointer at most: with thousands in a few pixels, any of the nearest will do. */
    private static final int SCAN_LIMIT = 256;
    /** Pointer distances closer than this (pixels) are a tie: the eye cannot tell them apart either. */
    private static final double TIE_PIXELS = 1.0;

    /**
     * The event under the pointer: in the lane under {@code y} (when the pointer is near its event row), the one
     * nearest to {@code x} within {@code radius} pixels. On a tie a send or receive wins over the rest, since those
     * are what a user points at to follow a message; otherwise null.
     */
    public static EventRef find(RunModel model, TimelineGeometry geometry, double x, double y, double radius) {
        int lane = geometry.laneAt(y);
        if (lane < 0 || lane >= model.vms() || Math.abs(y - geometry.eventY(lane)) > Math.max(radius, 10)) {
            return null;
        }
        LaneData data = model.lane(lane);
        int from = Math.max(0, data.firstAtOrAfter(geometry.time(x - radius)) - 1);
        int to = Math.min(data.size() - 1, data.lastAtOrBefore(geometry.time(x + radius)) + 1);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = from, seen = 0; i <= to && seen < SCAN_LIMIT; i++, seen++) {
            double distance = Math.abs(geometry.x(data.time(i)) - x);
            if (distance > radius) {
                continue;
            }
            boolean tie = Math.abs(distance - bestDistance) < TIE_PIXELS;
            if (best < 0 || (tie ? isMessage(data.type(i)) && !isMessage(data.type(best)) : distance < bestDistance)) {
                best = i;
                bestDistance = distance;
            }
        }
        return best < 0 ? null : new EventRef(lane, best);
    }

    private static boolean isMessage(EventType type) {
        return type == EventType.SEND || type == EventType.RECEIVE;
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
                UnreceivedSends waiting = model.arrivalOrder().awaiting(from, to);
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
