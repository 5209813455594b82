package scalemodels.rundata;

import java.util.Arrays;

/**
 * Replays a finished run: a second model that holds the events up to a moment, so the timeline shows the run as it
 * was then (clocks, queues, messages still in flight). Moving forward adds events; moving back starts a fresh model.
 * Confined to the FX thread like the models it feeds.
 */
public final class ReplayCursor {
    private final RunModel full;
    /** All events in time order: (lane << 32 | index), and their times. */
    private final long[] order;
    private final long[] times;
    private RunModel view;
    private int shown;
    private long position;

    public ReplayCursor(RunModel full) {
        this.full = full;
        this.order = full.timeOrder();
        this.times = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            times[k] = full.lane((int) (order[k] >>> 32)).time((int) order[k]);
        }
        view = fresh();
        position = endMicros();
        advanceTo(order.length);
    }

    /** The model as of the current position; a new instance after a move back. */
    public RunModel view() {
        return view;
    }

    public RunModel full() {
        return full;
    }

    public long startMicros() {
        return times.length == 0 ? 0 : times[0];
    }

    public long endMicros() {
        return times.length == 0 ? 0 : times[times.length - 1];
    }

    public long position() {
        return position;
    }

    public boolean atEnd() {
        return shown == order.length;
    }

    /** Shows the run as it was at {@code timeMicros} (clamped to the run). */
    public void seek(long timeMicros) {
        position = Math.max(startMicros(), Math.min(endMicros(), timeMicros));
        int target = upperBound(position);
        if (target < shown) {
            view = fresh();
            shown = 0;
        }
        advanceTo(target);
    }

    private void advanceTo(int target) {
        for (; shown < target; shown++) {
            int lane = (int) (order[shown] >>> 32);
            int index = (int) order[shown];
            LaneData data = full.lane(lane);
            int added = view.add(data.toEvent(lane, index), data.line(index));
            if (data.extra(index) != null) {
                view.setExtra(lane, added, data.extra(index));
            }
        }
        for (int vm = 0; vm < full.vms(); vm++) {
            LaneData data = view.lane(vm);
            boolean finished = data.size() == full.lane(vm).size();
            view.setStatus(vm, finished ? full.status(vm) : scalemodels.model.VmStatus.RUNNING);
        }
    }

    private RunModel fresh() {
        RunModel model = new RunModel(full.vms());
        for (int vm = 0; vm < full.vms(); vm++) {
            model.setSource(vm, full.source(vm));
            if (full.lane(vm).rate() > 0) {
                model.setRate(vm, full.lane(vm).rate());
            }
            if (!full.lamportKnown(vm)) {
                model.markLamportUnknown(vm);
            }
        }
        return model;
    }

    /** Number of events at or before {@code t}. */
    private int upperBound(long t) {
        int i = Arrays.binarySearch(times, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i < times.length && times[i] == t) {
            i++;
        }
        return i;
    }
}
