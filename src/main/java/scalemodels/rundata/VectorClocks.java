package scalemodels.rundata;

import scalemodels.event.EventType;

/**
 * Vector clocks for every event of a run, as logged where the log has them and derived from the matched messages
 * where it does not (imported logs), counted as the VMs count: own entry +1 per tick (internal, send, receive), a
 * receive merges its send's vector first; other lines (start, stop, faults) keep the vector before them.
 */
public final class VectorClocks {
    private final int vms;
    /** Per lane, {@code vms} entries per event; start and stop lines get the vector of the event before them. */
    private final long[][] flat;

    private VectorClocks(int vms, long[][] flat) {
        this.vms = vms;
        this.flat = flat;
    }

    public long entry(int lane, int index, int k) {
        return flat[lane][index * vms + k];
    }

    public static VectorClocks of(RunModel model) {
        int n = model.vms();
        long[][] flat = new long[n][];
        int[] next = new int[n];
        for (int vm = 0; vm < n; vm++) {
            flat[vm] = new long[model.lane(vm).size() * n];
        }
        boolean progress = true;
        boolean forced = false;
        while (progress) {
            progress = false;
            for (int vm = 0; vm < n; vm++) {
                LaneData lane = model.lane(vm);
                while (next[vm] < lane.size()) {
                    int i = next[vm];
                    int from = lane.type(i) == EventType.RECEIVE ? lane.sender(i) : -1;
                    int send = lane.type(i) == EventType.RECEIVE ? lane.partner(i) : -1;
                    boolean waitsForSend = from >= 0 && send >= 0 && next[from] <= send;
                    if (waitsForSend && !forced) {
                        break;
                    }
                    compute(model, flat, vm, i, waitsForSend ? -1 : from, send);
                    next[vm]++;
                    progress = true;
                    forced = false;
                }
            }
            if (!progress && !done(model, next)) {
                // Only a broken log can make receives wait on each other in a cycle: merge nothing for one of them.
                forced = true;
                progress = true;
            }
        }
        return new VectorClocks(n, flat);
    }

    private static boolean done(RunModel model, int[] next) {
        for (int vm = 0; vm < model.vms(); vm++) {
            if (next[vm] < model.lane(vm).size()) {
                return false;
            }
        }
        return true;
    }

    private static void compute(RunModel model, long[][] flat, int vm, int i, int from, int send) {
        int n = model.vms();
        LaneData lane = model.lane(vm);
        long[] v = flat[vm];
        int base = i * n;
        EventType type = lane.type(i);
        if (lane.hasVectorClocks() && type.carriesVectorClock()) {
            for (int k = 0; k < n; k++) {
                v[base + k] = lane.vectorEntry(i, k);
            }
            return;
        }
        if (i > 0) {
            System.arraycopy(v, base - n, v, base, n);
        }
        // As the VMs count: ticks move the vector; start, stop and fault lines keep the one before them.
        if (!type.isTick() || lane.hasVectorClocks()) {
            return;
        }
        if (from >= 0 && send >= 0) {
            long[] sent = flat[from];
            for (int k = 0; k < n; k++) {
                v[base + k] = Math.max(v[base + k], sent[send * n + k]);
            }
        }
        v[base + vm]++;
    }
}
