package scalemodels.rundata;

import java.util.ArrayList;
import java.util.List;

/**
 * Lamport's happened-before between any two events of a run, read off vector clocks: event f on lane a happened
 * before e exactly when e's vector has heard of f, that is of the first event at or after f that counts on a's
 * own entry. Each query costs a few array reads (and a short walk back over lines that carry no vector), so the
 * window can classify every event on screen against a selected one, whatever the run's size.
 *
 * <p>Vectors come from the log where every lane carries them (the VMs log them); otherwise they are derived once
 * from the matched messages ({@link VectorClocks}), as they would have been logged.
 */
public final class CausalOrder {
    /** How event a stands to event b. */
    public enum Relation {
        /** The same event. */
        SAME,
        /** a happened before b: a message chain (or a's own lane) leads from a to b. */
        BEFORE,
        /** b happened before a. */
        AFTER,
        /** Neither could have affected the other. */
        CONCURRENT
    }

    /**
     * Where an event's causal past ends and its causal future begins on each lane: events {@code [0, pastEnd)}
     * happened before it, events {@code [futureStart, known)} after it, those between are concurrent with it, and
     * events from {@code known} on arrived after the order was taken (a live run) and are not classified.
     */
    public record Cone(EventRef origin, int[] pastEnd, int[] futureStart, int[] known) {
        public Relation of(int lane, int index) {
            if (lane == origin.lane() && index == origin.index()) {
                return Relation.SAME;
            }
            if (index < pastEnd[lane]) {
                return Relation.BEFORE;
            }
            if (index >= known[lane]) {
                return null;
            }
            return index >= futureStart[lane] ? Relation.AFTER : Relation.CONCURRENT;
        }

        /** Events concurrent with the origin, over all lanes. */
        public long concurrent() {
            long n = 0;
            for (int lane = 0; lane < pastEnd.length; lane++) {
                n += Math.max(0, futureStart[lane] - pastEnd[lane]) - (lane == origin.lane() ? 1 : 0);
            }
            return n;
        }
    }

    private final RunModel model;
    /** Derived vectors, when some lane logs none; null when every lane logs its own. */
    private final VectorClocks derived;
    /** Events per lane when the order was taken: the derived vectors cover these and no more. */
    private final int[] sizes;
    /** Counted when first asked for (for the window's words, not for every frame's cone). */
    private UnknownLinks unknownLinks;

    private CausalOrder(RunModel model, VectorClocks derived) {
        this.model = model;
        this.derived = derived;
        this.sizes = new int[model.vms()];
        for (int vm = 0; vm < sizes.length; vm++) {
            sizes[vm] = model.lane(vm).size();
        }
    }

    /**
     * The order of {@code model} as it is now. Cheap where the lanes log vectors; otherwise one pass over the run
     * (done again by the caller when a live run grows).
     */
    public static CausalOrder of(RunModel model) {
        boolean logged = true;
        for (int vm = 0; vm < model.vms(); vm++) {
            logged &= model.lane(vm).hasVectorClocks();
        }
        return new CausalOrder(model, logged ? null : VectorClocks.of(model));
    }

    /** Whether the vectors are the logged ones (false: derived from the messages). */
    public boolean logged() {
        return derived == null;
    }

    /** The receives among the events this order covers that are matched to no send. */
    public UnknownLinks unknownLinks() {
        if (unknownLinks == null) {
            unknownLinks = UnknownLinks.in(model, sizes);
        }
        return unknownLinks;
    }

    /**
     * Whether the order misses messages: its vectors are derived and some receives are matched to no send, so events
     * it calls concurrent, or a cut it calls consistent, may not be. Logged vectors miss nothing: they say what each
     * event had heard of (and in a live run of our VMs a receive may stand unmatched for a moment until its send's
     * line arrives).
     */
    public boolean missesLinks() {
        return !logged() && unknownLinks().any();
    }

    /** Whether the event was in the run when this order was taken. */
    public boolean covers(EventRef e) {
        return e.lane() < sizes.length && e.index() < sizes[e.lane()];
    }

    /** How {@code a} stands to {@code b}. */
    public Relation relation(EventRef a, EventRef b) {
        if (a.lane() == b.lane()) {
            return a.index() == b.index() ? Relation.SAME
                    : a.index() < b.index() ? Relation.BEFORE : Relation.AFTER;
        }
        if (entry(b.lane(), b.index(), a.lane()) >= need(a.lane(), a.index())) {
            return Relation.BEFORE;
        }
        if (entry(a.lane(), a.index(), b.lane()) >= need(b.lane(), b.index())) {
            return Relation.AFTER;
        }
        return Relation.CONCURRENT;
    }

    /**
     * The causal past, future and concurrent events of {@code origin} on every lane: two binary searches a lane, so
     * a million-event run answers as fast as a small one.
     */
    public Cone cone(EventRef origin) {
        int n = model.vms();
        int[] pastEnd = new int[n];
        int[] futureStart = new int[n];
        long heardOf = need(origin.lane(), origin.index());
        for (int lane = 0; lane < n; lane++) {
            if (lane == origin.lane()) {
                pastEnd[lane] = origin.index();
                futureStart[lane] = origin.index() + 1;
                continue;
            }
            long knows = entry(origin.lane(), origin.index(), lane);
            int lo = 0;
            int hi = sizes[lane];
            while (lo < hi) { // the first event the origin has not heard of
                int mid = (lo + hi) >>> 1;
                if (need(lane, mid) <= knows) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            pastEnd[lane] = lo;
            int future = firstHearing(lane, sizes[lane] - 1, origin.lane(), heardOf);
            futureStart[lane] = Math.max(lo, future < 0 ? sizes[lane] : future);
        }
        return new Cone(origin, pastEnd, futureStart, sizes.clone());
    }

    /** The event's vector clock: what it had heard of each VM's events (a line without one has its lane's last). */
    public long[] vector(EventRef e) {
        long[] v = new long[model.vms()];
        for (int k = 0; k < v.length; k++) {
            v[k] = entry(e.lane(), e.index(), k);
        }
        return v;
    }

    /**
     * The messages that carry {@code from}'s influence to {@code to}, as send and receive pairs in order (the
     * latest-starting chain: each hop is the first receive on its lane that heard of {@code from}). Empty when
     * {@code from} does not happen before {@code to} or both are on one lane.
     */
    public List<EventRef> chain(EventRef from, EventRef to) {
        List<EventRef> hops = new ArrayList<>();
        if (relation(from, to) != Relation.BEFORE) {
            return hops;
        }
        long need = need(from.lane(), from.index());
        EventRef at = to;
        while (at.lane() != from.lane()) {
            int first = firstHearing(at.lane(), at.index(), from.lane(), need);
            LaneData lane = model.lane(at.lane());
            if (first < 0 || lane.partner(first) < 0 || lane.sender(first) < 0) {
                return List.of(); // a hearing without a matched message: vectors a broken log made up
            }
            EventRef receive = new EventRef(at.lane(), first);
            EventRef send = new EventRef(lane.sender(first), lane.partner(first));
            hops.add(0, receive);
            hops.add(0, send);
            at = send;
            if (hops.size() > 4 * model.vms() + 4) {
                return List.of(); // chains visit each lane at most once; more means the vectors are inconsistent
            }
        }
        return hops;
    }

    /** The first event at or before {@code upTo} on {@code lane} whose vector has {@code entry} >= {@code need}. */
    private int firstHearing(int lane, int upTo, int entry, long need) {
        int lo = 0;
        int hi = upTo;
        if (hi < 0 || entry(lane, hi, entry) < need) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entry(lane, mid, entry) >= need) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Entry {@code k} of the vector at event {@code i} of {@code lane}. */
    long entry(int lane, int i, int k) {
        if (derived != null) {
            return derived.entry(lane, i, k);
        }
        LaneData data = model.lane(lane);
        int j = i;
        while (j >= 0 && !data.type(j).carriesVectorClock()) {
            j--;
        }
        return j < 0 ? 0 : data.vectorEntry(j, k);
    }

    /**
     * The own-entry value another event must have heard of to have heard of this one: its own count where the
     * event moved it, else one more (the next event that counts comes after it).
     */
    private long need(int lane, int i) {
        long own = entry(lane, i, lane);
        long before = i == 0 ? 0 : entry(lane, i - 1, lane);
        return own > before ? own : own + 1;
    }
}
