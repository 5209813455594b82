package scalemodels.rundata;

/**
 * Stepping through a run one event at a time: the next or previous event of the whole run (in time order, ties by
 * VM id, then by place in the lane) or of one VM. A binary search per lane, whatever the run's size.
 */
public final class EventSteps {
    private EventSteps() {
    }

    /** The event after {@code from} (of its own VM only when {@code sameVm}), or null at the end. */
    public static EventRef next(RunModel model, EventRef from, boolean sameVm) {
        if (sameVm) {
            return from.index() + 1 < model.lane(from.lane()).size() ? new EventRef(from.lane(), from.index() + 1)
                    : null;
        }
        long t = model.lane(from.lane()).time(from.index());
        EventRef best = null;
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            // The first event of this lane that comes after `from` in (time, VM, index) order.
            int i = vm == from.lane() ? from.index() + 1
                    : vm < from.lane() ? lane.lastAtOrBefore(t) + 1 : lane.firstAtOrAfter(t);
            if (i < lane.size() && (best == null || before(model, new EventRef(vm, i), best))) {
                best = new EventRef(vm, i);
            }
        }
        return best;
    }

    /** The event before {@code from} (of its own VM only when {@code sameVm}), or null at the start. */
    public static EventRef previous(RunModel model, EventRef from, boolean sameVm) {
        if (sameVm) {
            return from.index() > 0 ? new EventRef(from.lane(), from.index() - 1) : null;
        }
        long t = model.lane(from.lane()).time(from.index());
        EventRef best = null;
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            int i = vm == from.lane() ? from.index() - 1
                    : vm < from.lane() ? lane.lastAtOrBefore(t) : lane.firstAtOrAfter(t) - 1;
            if (i >= 0 && (best == null || before(model, best, new EventRef(vm, i)))) {
                best = new EventRef(vm, i);
            }
        }
        return best;
    }

    /** The first event at or after {@code micros} (to start stepping from a moment), or null. */
    public static EventRef at(RunModel model, long micros) {
        EventRef best = null;
        for (int vm = 0; vm < model.vms(); vm++) {
            int i = model.lane(vm).firstAtOrAfter(micros);
            if (i < model.lane(vm).size() && (best == null || before(model, new EventRef(vm, i), best))) {
                best = new EventRef(vm, i);
            }
        }
        return best;
    }

    /** The last event at or before {@code micros} (to step back from a moment), or null. */
    public static EventRef lastAtOrBefore(RunModel model, long micros) {
        EventRef best = null;
        for (int vm = 0; vm < model.vms(); vm++) {
            int i = model.lane(vm).lastAtOrBefore(micros);
            if (i >= 0 && (best == null || before(model, best, new EventRef(vm, i)))) {
                best = new EventRef(vm, i);
            }
        }
        return best;
    }

    /** Whether {@code a} comes before {@code b}: by time, then VM id, then place in the lane. */
    static boolean before(RunModel model, EventRef a, EventRef b) {
        long ta = model.lane(a.lane()).time(a.index());
        long tb = model.lane(b.lane()).time(b.index());
        if (ta != tb) {
            return ta < tb;
        }
        return a.lane() != b.lane() ? a.lane() < b.lane() : a.index() < b.index();
    }
}
