package scalemodels.rundata;

import java.util.Arrays;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;

/**
 * One VM's events as parallel primitive arrays in arrival order (which is time order: a VM streams its lines in the
 * order it writes them). About 50 bytes plus 4 per VM per event, instead of an object graph.
 *
 * <p>Imported logs may lack fields: an unknown queue is -1, an unknown sender -1, unknown recipients are
 * {@link #UNKNOWN_RECIPIENTS}, and a lane whose events carry no vector clock reports {@link #hasVectorClocks()} false.
 */
public final class LaneData {
    /** Recipient mask of a send whose recipients the log does not name. */
    public static final int UNKNOWN_RECIPIENTS = RecipientMask.UNKNOWN;
    private static final EventType[] TYPES = EventType.values();
    private static final int INITIAL = 256;

    final int vms;
    private int size;
    LaneColumns c;
    /** Rare lines keep their details here: channel faults and delayed recipients, by event index. */
    final java.util.Map<Integer, EventDetail> rare = new java.util.HashMap<>();
    /** Fields an imported format names that Scale Models does not know, as "key=value ..."; null when none. */
    private String[] extra;
    private boolean vectorClocks = true;
    /** Pauses and crashes as {start, end, kind} (end Long.MAX_VALUE while open; kind 0 pause, 1 crash). */
    private Interruptions interruptions = new Interruptions();
    int rate;
    double speed = 1;
    private long maxQueue;

    LaneData(int vms) {
        this(vms, INITIAL);
    }

    private LaneData(int vms, int capacity) {
        this.vms = vms;
        this.c = new LaneColumns(capacity, vms);
    }

    /**
     * The lane as it is now, for reading on another thread while this one keeps growing: it shares the arrays, whose
     * first {@code size} entries are not written again (appends go past them, or into new arrays when these grow;
     * a receive matched later may or may not show its partner, which the analysis tolerates), and copies the small
     * structures that do change.
     */
    LaneData snapshot() {
        LaneData s = new LaneData(vms, 0);
        s.size = size;
        s.c = c;
        s.extra = extra;
        s.rare.putAll(rare);
        s.interruptions = interruptions.copy();
        s.vectorClocks = vectorClocks;
        s.rate = rate;
        s.speed = speed;
        s.maxQueue = maxQueue;
        return s;
    }

    /** Appends an event read from {@code sourceLine} and returns its index. */
    int add(LogEvent e, int sourceLine) {
        if (size == c.capacity()) {
            grow();
        }
        int i = size++;
        c.time[i] = e.timeMicros();
        c.clock[i] = e.clock();
        c.tick[i] = e.tick();
        c.type[i] = (byte) e.type().ordinal();
        c.queue[i] = e.queue();
        c.partner[i] = -1;
        c.line[i] = sourceLine;
        maxQueue = Math.max(maxQueue, e.queue());
        c.aux[i] = 0;
        c.msg[i] = -1;
        c.lost[i] = 0;
        c.aux[i] = LaneDetails.store(this, i, e.detail());
        interruptions.track(e.type(), e.timeMicros());
        if (e.vc() != null && e.vc().length == vms) {
            for (int k = 0; k < vms; k++) {
                c.vc[i * vms + k] = (int) Math.min(Integer.MAX_VALUE, e.vc()[k]);
            }
        } else if (e.type().carriesVectorClock()) {
            vectorClocks = false;
        }
        return i;
    }

    /** Stretches when the VM was paused or crashed, the last perhaps still open. */
    public java.util.List<Interruptions.Stretch> interruptions() {
        return interruptions.all();
    }

    void setPartner(int index, int sendIndex) {
        c.partner[index] = sendIndex;
    }

    /** For an imported receive whose sender was found by its timestamp. */
    void setSender(int index, int sender) {
        c.aux[index] = sender;
    }

    void setRate(int drawnRate) {
        rate = drawnRate;
    }

    void setExtra(int index, String text) {
        if (extra == null) {
            extra = new String[c.capacity()];
        }
        extra[index] = text;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return c.time[i];
    }

    public long clock(int i) {
        return c.clock[i];
    }

    public long tick(int i) {
        return c.tick[i];
    }

    public EventType type(int i) {
        return TYPES[c.type[i]];
    }

    /** Messages waiting after the event; -1 when the log does not say. */
    public int queue(int i) {
        return c.queue[i];
    }

    public int line(int i) {
        return c.line[i];
    }

    /** Recipients of a send as comma-separated ids ("1,2"); empty when not a send or not logged. */
    public String recipientList(int i, char separator) {
        return RecipientMask.text(recipientMask(i), separator);
    }

    /** Recipients of a send as a bit mask (bit k set: VM k); {@link #UNKNOWN_RECIPIENTS} when not logged. */
    public int recipientMask(int i) {
        return type(i) == EventType.SEND ? c.aux[i] : 0;
    }

    /** The VM a reconnect line names, or -1 when not a reconnect. */
    public int reconnectedTo(int i) {
        return type(i) == EventType.RECONNECT ? c.aux[i] : -1;
    }

    /** Sender of a receive, or -1 (not a receive, or not known). */
    public int sender(int i) {
        return type(i) == EventType.RECEIVE ? c.aux[i] : -1;
    }

    /** The timestamp a receive carried. */
    public long messageTimestamp(int i) {
        return type(i) == EventType.RECEIVE ? c.msg[i] : -1;
    }

    /** The value drawn for a send or internal event, or -1. */
    public int drawnValue(int i) {
        EventType t = type(i);
        return t == EventType.SEND || t == EventType.INTERNAL ? (int) c.msg[i] : -1;
    }

    /** For a receive, the index of its send in the sender's lane; -1 when not (yet) matched or not a receive. */
    public int partner(int i) {
        return c.partner[i];
    }

    public boolean hasVectorClocks() {
        return vectorClocks;
    }

    public long[] vectorClock(int i) {
        long[] out = new long[vms];
        for (int k = 0; k < vms; k++) {
            out[k] = c.vc[i * vms + k];
        }
        return out;
    }

    public long vectorEntry(int i, int k) {
        return c.vc[i * vms + k];
    }

    /** Extra fields of an imported event ("key=value ..."), or null. */
    public String extra(int i) {
        return extra == null ? null : extra[i];
    }

    /** The event at {@code i} as a log event again (for replaying a run into a fresh model). */
    public LogEvent toEvent(int vm, int i) {
        return LaneDetails.toEvent(this, vm, i);
    }

    /** Recipients of a send whose channel was broken (the peer was gone), as a mask. */
    public int failedMask(int i) {
        return type(i) == EventType.SEND ? c.lost[i] & 0xFFFF : 0;
    }

    /** Recipients of a send whose message an injected fault dropped, as a mask. */
    public int droppedMask(int i) {
        return type(i) == EventType.SEND ? c.lost[i] >>> 16 : 0;
    }

    /** Whether VM {@code to} was meant to get this send's message but did not (failed or dropped). */
    public boolean undelivered(int i, int to) {
        return ((failedMask(i) | droppedMask(i)) & (1 << to)) != 0;
    }

    /** The channel fault logged at {@code i}, or null. */
    public EventDetail.Fault fault(int i) {
        return rare.get(i) instanceof EventDetail.Fault fault ? fault : null;
    }

    /** Whether send {@code i}'s message to VM {@code to} was held back by an injected delay. */
    public boolean delayedTo(int i, int to) {
        for (int d : delayed(i)) {
            if (d == to) {
                return true;
            }
        }
        return false;
    }

    /** Recipients a send's message is held back for by an injected delay. */
    public int[] delayed(int i) {
        return rare.get(i) instanceof EventDetail.Send send ? send.delayed() : new int[0];
    }

    /** Drawn tick rate from the start line (or an imported header); 0 when unknown. */
    public int rate() {
        return rate;
    }

    public double speed() {
        return speed;
    }

    public long maxQueue() {
        return maxQueue;
    }

    /** Index of the first event at or after {@code t}; {@code size()} when there is none. */
    public int firstAtOrAfter(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c.time[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last event at or before {@code t}; -1 when there is none. */
    public int lastAtOrBefore(long t) {
        return t == Long.MAX_VALUE ? size - 1 : firstAtOrAfter(t + 1) - 1;
    }

    /** Bytes held by the arrays, for the memory figures. */
    public long retainedBytes() {
        return c.retainedBytes() + (extra == null ? 0 : 8L * extra.length);
    }

    /** Drops the spare capacity (a loaded run grows no more). */
    void trimToSize() {
        resize(Math.max(size, 1));
    }

    /** By half again, not double: a run model is big, and its spare capacity is part of the window's memory. */
    private void grow() {
        resize(Math.max(c.capacity() + 16, c.capacity() + (c.capacity() >> 1)));
    }

    private void resize(int n) {
        c = c.resized(n);
        if (extra != null) {
            extra = Arrays.copyOf(extra, n);
        }
    }
}
