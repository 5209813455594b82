package scalemodels.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;

/**
 * Conventions an implementation keeps throughout its logs, detected once and said once instead of reported as
 * hundreds of violations; the real rules are then checked under them:
 * <ul>
 * <li>clocks logged before the event: each line shows the clock the event found, the next line the clock it left
 * (each event is then given the clock the next line shows);</li>
 * <li>a message carries the sender's clock from before its send's increment (receives are then matched to the send
 * one above, and Lamport's clock condition still says whether the receive came out later than its send).</li>
 * </ul>
 * A convention is taken when nine in ten receives fit it and fewer than half fit the exercise's own way, over at least
 * three receives.
 */
final class Conventions {
    private static final int MIN_RECEIVES = 3;

    private final List<LogEvent> events;
    private final int carriedOffset;
    private final List<String> notes;

    private Conventions(List<LogEvent> events, int carriedOffset, List<String> notes) {
        this.events = events;
        this.carriedOffset = carriedOffset;
        this.notes = notes;
    }

    /** @param events every event of the import, each lane's in its own order */
    static Conventions detect(List<LogEvent> events, int vms) {
        List<String> notes = new ArrayList<>();
        List<List<LogEvent>> lanes = lanes(events, vms);
        int receives = 0;
        int after = 0;
        int before = 0;
        for (List<LogEvent> lane : lanes) {
            for (int k = 0; k < lane.size(); k++) {
                LogEvent e = lane.get(k);
                long msg = msg(e);
                long previous = k == 0 ? 0 : lane.get(k - 1).clock();
                if (msg <= previous) {
                    continue; // no jump due here: both ways of logging agree, so it tells them apart not
                }
                receives++;
                after += e.clock() == Math.max(previous, msg) + 1 ? 1 : 0;
                before += k + 1 < lane.size() && lane.get(k + 1).clock() == Math.max(e.clock(), msg) + 1 ? 1 : 0;
            }
        }
        boolean loggedBefore = receives >= MIN_RECEIVES && before * 10 >= receives * 9 && after * 2 < receives;
        List<LogEvent> judged = events;
        if (loggedBefore) {
            notes.add("clocks are logged before the event (" + count(before, receives) + " receives fit only that "
                    + "way): each event is given the clock the next line of its VM shows");
            judged = shifted(events);
            lanes = lanes(judged, vms);
        }
        List<Set<Long>> sends = new ArrayList<>();
        for (List<LogEvent> lane : lanes) {
            Set<Long> clocks = new HashSet<>();
            lane.stream().filter(e -> e.type() == EventType.SEND).forEach(e -> clocks.add(e.clock()));
            sends.add(clocks);
        }
        int carried = 0;
        int own = 0;
        int preIncrement = 0;
        for (int vm = 0; vm < lanes.size(); vm++) {
            for (LogEvent e : lanes.get(vm)) {
                long msg = msg(e);
                if (msg < 0) {
                    continue;
                }
                carried++;
                int from = ((EventDetail.Receive) e.detail()).from();
                own += sentBy(sends, from, vm, msg) ? 1 : 0;
                preIncrement += sentBy(sends, from, vm, msg + 1) ? 1 : 0;
            }
        }
        int offset = 0;
        if (carried >= MIN_RECEIVES && preIncrement * 10 >= carried * 9 && own * 2 < carried) {
            offset = 1;
            notes.add("the carried timestamp is the sender's clock before its increment (" + count(preIncrement,
                    carried) + " receives): each receive is matched to the send one above what it carried, and "
                    + "Lamport's clock condition is checked on them");
        }
        return new Conventions(judged, offset, notes);
    }

    private static String count(int fit, int of) {
        return fit == of ? "all " + of : fit + " of " + of;
    }

    private static boolean sentBy(List<Set<Long>> sends, int from, int to, long clock) {
        if (from >= 0 && from < sends.size()) {
            return sends.get(from).contains(clock);
        }
        for (int vm = 0; vm < sends.size(); vm++) {
            if (vm != to && sends.get(vm).contains(clock)) {
                return true;
            }
        }
        return false;
    }

    private static long msg(LogEvent e) {
        return e.type() == EventType.RECEIVE ? ((EventDetail.Receive) e.detail()).msg() : -1;
    }

    private static List<List<LogEvent>> lanes(List<LogEvent> events, int vms) {
        List<List<LogEvent>> lanes = new ArrayList<>();
        for (int vm = 0; vm < vms; vm++) {
            lanes.add(new ArrayList<>());
        }
        events.forEach(e -> lanes.get(e.vm()).add(e));
        return lanes;
    }

    /** The events with the clocks they left: shifted where clocks were logged before the event, else as read. */
    List<LogEvent> events() {
        return events;
    }

    int carriedOffset() {
        return carriedOffset;
    }

    List<String> notes() {
        return notes;
    }

    /**
     * The events with the clocks they left: each the clock the next tick event of its VM shows; the last one what its
     * own rule gives (+1, or max with what it carried + 1).
     */
    private static List<LogEvent> shifted(List<LogEvent> events) {
        List<LogEvent> out = new ArrayList<>(events);
        int[] next = new int[events.size()];
        java.util.Map<Integer, Integer> lastOfVm = new java.util.HashMap<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (!events.get(i).type().isTick()) {
                next[i] = -1;
                continue;
            }
            next[i] = lastOfVm.getOrDefault(events.get(i).vm(), -1);
            lastOfVm.put(events.get(i).vm(), i);
        }
        for (int i = 0; i < events.size(); i++) {
            LogEvent e = events.get(i);
            if (!e.type().isTick()) {
                continue;
            }
            long clock = next[i] >= 0 ? events.get(next[i]).clock()
                    : msg(e) >= 0 ? Math.max(e.clock(), msg(e)) + 1 : e.clock() + 1;
            out.set(i, new LogEvent(e.timeMicros(), e.vm(), e.tick(), clock, e.queue(), e.detail(), e.vc()));
        }
        return out;
    }
}
