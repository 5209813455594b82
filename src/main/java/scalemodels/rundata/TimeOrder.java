package scalemodels.rundata;

/**
 * Walks the events of several lanes in the order they happened: each lane's own order kept, ties to the lower VM id.
 * A merge of the lanes (each already in time order), so it costs one pass and no sorting.
 */
final class TimeOrder {
    private TimeOrder() {
    }

    static void forEach(LaneData[] lanes, LaneVisitor visit) {
        int[] next = new int[lanes.length];
        while (true) {
            int best = -1;
            long earliest = Long.MAX_VALUE;
            for (int vm = 0; vm < lanes.length; vm++) {
                if (next[vm] < lanes[vm].size() && lanes[vm].time(next[vm]) < earliest) {
                    earliest = lanes[vm].time(next[vm]);
                    best = vm;
                }
            }
            if (best < 0) {
                return;
            }
            visit.visit(best, next[best]++);
        }
    }

    /** Every event as {@code lane << 32 | index}, in time order. */
    static long[] packed(LaneData[] lanes) {
        int total = 0;
        for (LaneData lane : lanes) {
            total += lane.size();
        }
        long[] order = new long[total];
        int[] k = {0};
        forEach(lanes, (vm, index) -> order[k[0]++] = ((long) vm << 32) | index);
        return order;
    }
}
