package scalemodels.timeline;

import scalemodels.rundata.EventRef;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

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
}
