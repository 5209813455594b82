package scalemodels.timeline;

import java.util.Arrays;

import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/**
 * When messages reach a VM's queue: each send to it, plus its channel's transit time. A VM logs its queue only when
 * it ticks, so while it is paused its logged queue stands still though messages keep arriving; these arrival times
 * let the queue strip grow as they come.
 */
public final class QueueArrivals {
    /** Sends scanned per sender at most, so a very long pause in view cannot stall a frame. */
    private static final int SCAN_LIMIT = 50_000;

    private QueueArrivals() {
    }

    /** Arrival times at VM {@code vm}'s queue within {@code (from, to]}, ascending. */
    public static long[] at(RunModel model, int vm, long from, long to) {
        long[] arrivals = new long[16];
        int n = 0;
        for (int sender = 0; sender < model.vms(); sender++) {
            if (sender == vm) {
                continue;
            }
            LaneData lane = model.lane(sender);
            long transit = model.transitMicros(sender, vm);
            int end = Math.min(lane.firstAtOrAfter(to - transit + 1), lane.firstAtOrAfter(from - transit + 1)
                    + SCAN_LIMIT);
            for (int i = lane.firstAtOrAfter(from - transit + 1); i < end; i++) {
                int mask = lane.recipientMask(i);
                if (lane.type(i) == EventType.SEND && mask > 0 && (mask & (1 << vm)) != 0 && !lane.undelivered(i, vm)) {
                    if (n == arrivals.length) {
                        arrivals = Arrays.copyOf(arrivals, n * 2);
                    }
                    arrivals[n++] = lane.time(i) + transit;
                }
            }
        }
        long[] sorted = Arrays.copyOf(arrivals, n);
        Arrays.sort(sorted);
        return sorted;
    }
}
