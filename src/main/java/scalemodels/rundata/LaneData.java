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
    public static final int UNKNOWN_RECIPIENTS = -1;
    private static final EventType[] TYPES = EventType.values();
    private static final int INITIAL = 256;

    private final int vms;
    private int size;
    private long[] time;
    private long[] clock;
    private long[] tick;
    private byte[] type;
    private int[] queue;
    /** Send: bit mask of recipients (or UNKNOWN_RECIPIENTS); receive: the sender's id (-1 unknown). */
    private int[] aux;
    /** Receive: the Lamport timestamp carried; send and internal: the drawn value (-1 unknown). */
    private long[] msg;
    /** Receive: index of the matching send in the sender's lane, -1 while unknown. */
    private int[] partner;
    /** 1-based line in the source file, for messages about the event. */
    private int[] line;
    /** Send: recipients that did not get it: failed (peer gone) in the low 16 bits, dropped by a fault above. */
    private int[] lost;
    /** Rare lines keep their details here: channel faults and delayed recipients, by event index. */
    private final java.util.Map<Integer, EventDetail> rare = new java.util.HashMap<>();
    private int[] vc;
    /** Fields an imported format names that Scale Models does not know, as "key=value ..."; null when none. */
    private String[] extra;
    private boolean vectorClocks = true;
    /** Pauses and crashes as {start, end, kind} (end Long.MAX_VALUE while open; kind 0 pause, 1 crash). */
    private final java.util.List<long[]> interruptions = new java.util.ArrayList<>();
    private int rate;
    private double speed = 1;
    private long maxQueue;

    LaneData(int vms) {
        this(vms, INITIAL);
    }

    private LaneData(int vms, int capacity) {
        this.vms = vms;
        this.time = new long[capacity];
        this.clock = new long[capacity];
        this.tick = new long[capacity];
        this.type = new byte[capacity];
        this.queue = new int[capacity];
        this.aux = new int[capacity];
        this.msg = new long[capacity];
        this.partner = new int[capacity];
        this.line = new int[capacity];
        this.lost = new int[capacity];
        this.vc = new int[capacity * vms];
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
        s.time = time;
        s.clock = clock;
        s.tick = tick;
        s.type = type;
        s.queue = queue;
        s.aux = aux;
        s.msg = msg;
        s.partner = partner;
        s.line = line;
        s.lost = lost;
        s.vc = vc;
        s.extra = extra;
        s.rare.putAll(rare);
        for (long[] stretch : interruptions) {
            s.interruptions.add(stretch.clone());
        }
        s.vectorClocks = vectorClocks;
        s.rate = rate;
        s.speed = speed;
        s.maxQueue = maxQueue;
        return s;
    }

    /** Appends an event read from {@code sourceLine} and returns its index. */
    int add(LogEvent e, int sourceLine) {
        if (size == time.length) {
            grow();
        }
        int i = size++;
        time[i] = e.timeMicros();
        clock[i] = e.clock();
        tick[i] = e.tick();
        type[i] = (byte) e.type().ordinal();
        queue[i] = e.queue();
        partner[i] = -1;
        line[i] = sourceLine;
        maxQueue = Math.max(maxQueue, e.queue());
        aux[i] = 0;
        msg[i] = -1;
        lost[i] = 0;
        EventDetail detail = e.detail();
        if (detail instanceof EventDetail.Send send) {
            aux[i] = send.to() == null ? UNKNOWN_RECIPIENTS : mask(send.to());
            msg[i] = send.value();
            lost[i] = mask(send.failed()) | (mask(send.dropped()) << 16);
            if (send.delayed().length > 0) {
                rare.put(i, send);
            }
        } else if (detail instanceof EventDetail.Fault fault) {
            aux[i] = fault.to();
            rare.put(i, fault);
        } else if (detail instanceof EventDetail.Reconnect reconnect) {
            aux[i] = reconnect.to();
        } else if (detail instanceof EventDetail.Restart restart) {
            rate = restart.rate();
            speed = restart.speed();
        } else if (detail instanceof EventDetail.Receive receive) {
            aux[i] = receive.from();
            msg[i] = receive.msg();
        } else if (detail instanceof EventDetail.Internal internal) {
            msg[i] = internal.value();
        } else if (detail instanceof EventDetail.Start start) {
            rate = start.rate();
            speed = start.speed();
        }
        trackInterruptions(e);
        if (e.vc() != null && e.vc().length == vms) {
            for (int k = 0; k < vms; k++) {
                vc[i * vms + k] = (int) Math.min(Integer.MAX_VALUE, e.vc()[k]);
            }
        } else if (e.type().carriesVectorClock()) {
            vectorClocks = false;
        }
        return i;
    }

    private void trackInterruptions(LogEvent e) {
        switch (e.type()) {
            case PAUSE -> interruptions.add(new long[] {e.timeMicros(), Long.MAX_VALUE, 0});
            case CRASH -> interruptions.add(new long[] {e.timeMicros(), Long.MAX_VALUE, 1});
            case RESUME, RESTART, STOP -> {
                if (!interruptions.isEmpty()) {
                    long[] last = interruptions.get(interruptions.size() - 1);
                    boolean closes = e.type() == EventType.RESUME ? last[2] == 0
                            : e.type() == EventType.RESTART ? last[2] == 1 : true;
                    if (closes && last[1] == Long.MAX_VALUE) {
                        last[1] = e.timeMicros();
                    }
                }
            }
            default -> {
            }
        }
    }

    /** Stretches when the VM was paused (kind 0) or crashed (kind 1): {start, end, kind}, end open while ongoing. */
    public java.util.List<long[]> interruptions() {
        return java.util.Collections.unmodifiableList(interruptions);
    }

    void setPartner(int index, int sendIndex) {
        partner[index] = sendIndex;
    }

    /** For an imported receive whose sender was found by its timestamp. */
    void setSender(int index, int sender) {
        aux[index] = sender;
    }

    void setRate(int drawnRate) {
        rate = drawnRate;
    }

    void setExtra(int index, String text) {
        if (extra == null) {
            extra = new String[time.length];
        }
        extra[index] = text;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return time[i];
    }

    public long clock(int i) {
        return clock[i];
    }

    public long tick(int i) {
        return tick[i];
    }

    public EventType type(int i) {
        return TYPES[type[i]];
    }

    /** Messages waiting after the event; -1 when the log does not say. */
    public int queue(int i) {
        return queue[i];
    }

    public int line(int i) {
        return line[i];
    }

    /** Recipients of a send as comma-separated ids ("1,2"); empty when not a send or not logged. */
    public String recipientList(int i, char separator) {
        int mask = recipientMask(i);
        if (mask <= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int to : recipientsOf(mask)) {
            out.append(out.length() == 0 ? "" : String.valueOf(separator)).append(to);
        }
        return out.toString();
    }

    /** Recipients of a send as a bit mask (bit k set: VM k); {@link #UNKNOWN_RECIPIENTS} when not logged. */
    public int recipientMask(int i) {
        return type(i) == EventType.SEND ? aux[i] : 0;
    }

    /** The VM a reconnect line names, or -1 when not a reconnect. */
    public int reconnectedTo(int i) {
        return type(i) == EventType.RECONNECT ? aux[i] : -1;
    }

    /** Sender of a receive, or -1 (not a receive, or not known). */
    public int sender(int i) {
        return type(i) == EventType.RECEIVE ? aux[i] : -1;
    }

    /** The timestamp a receive carried. */
    public long messageTimestamp(int i) {
        return type(i) == EventType.RECEIVE ? msg[i] : -1;
    }

    /** The value drawn for a send or internal event, or -1. */
    public int drawnValue(int i) {
        EventType t = type(i);
        return t == EventType.SEND || t == EventType.INTERNAL ? (int) msg[i] : -1;
    }

    /** For a receive, the index of its send in the sender's lane; -1 when not (yet) matched or not a receive. */
    public int partner(int i) {
        return partner[i];
    }

    public boolean hasVectorClocks() {
        return vectorClocks;
    }

    public long[] vectorClock(int i) {
        long[] out = new long[vms];
        for (int k = 0; k < vms; k++) {
            out[k] = vc[i * vms + k];
        }
        return out;
    }

    public long vectorEntry(int i, int k) {
        return vc[i * vms + k];
    }

    /** Extra fields of an imported event ("key=value ..."), or null. */
    public String extra(int i) {
        return extra == null ? null : extra[i];
    }

    /** The event at {@code i} as a log event again (for replaying a run into a fresh model). */
    public LogEvent toEvent(int vm, int i) {
        EventType t = type(i);
        EventDetail detail = switch (t) {
            case START -> new EventDetail.Start(rate, speed, 0, vms);
            case RESTART -> new EventDetail.Restart(rate, speed, 0, vms);
            case INTERNAL -> new EventDetail.Internal((int) msg[i]);
            case SEND -> rare.get(i) instanceof EventDetail.Send send ? send
                    : new EventDetail.Send((int) msg[i], aux[i] == UNKNOWN_RECIPIENTS ? null : recipientsOf(aux[i]),
                    recipientsOf(failedMask(i)), recipientsOf(droppedMask(i)), new int[0]);
            case RECEIVE -> new EventDetail.Receive(aux[i], msg[i]);
            case STOP -> new EventDetail.Stop();
            case PAUSE -> new EventDetail.Pause();
            case RESUME -> new EventDetail.Resume();
            case CRASH -> new EventDetail.Crash();
            case FAULT -> rare.get(i);
            case RECONNECT -> new EventDetail.Reconnect(aux[i]);
        };
        long[] vector = !t.carriesVectorClock() || !vectorClocks ? null : vectorClock(i);
        return new LogEvent(time[i], vm, tick[i], clock[i], queue[i], detail, vector);
    }

    /** Recipients of a send whose channel was broken (the peer was gone), as a mask. */
    public int failedMask(int i) {
        return type(i) == EventType.SEND ? lost[i] & 0xFFFF : 0;
    }

    /** Recipients of a send whose message an injected fault dropped, as a mask. */
    public int droppedMask(int i) {
        return type(i) == EventType.SEND ? lost[i] >>> 16 : 0;
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

    /** The VM ids in a recipient mask, ascending (none for a negative, unknown mask). */
    public static int[] recipientsOf(int mask) {
        if (mask < 0) {
            return new int[0];
        }
        int[] out = new int[Integer.bitCount(mask)];
        for (int k = 0, n = 0; k < 31; k++) {
            if ((mask & (1 << k)) != 0) {
                out[n++] = k;
            }
        }
        return out;
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
            if (time[mid] < t) {
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
        long perSlot = 8 + 8 + 8 + 1 + 4 + 4 + 8 + 4 + 4 + 4;
        return (long) time.length * perSlot + 4L * vc.length + (extra == null ? 0 : 8L * extra.length);
    }

    private static int mask(int[] recipients) {
        int mask = 0;
        for (int to : recipients) {
            if (to >= 0 && to < 31) {
                mask |= 1 << to;
            }
        }
        return mask;
    }

    /** Drops the spare capacity (a loaded run grows no more). */
    void trimToSize() {
        resize(Math.max(size, 1));
    }

    /** By half again, not double: a run model is big, and its spare capacity is part of the window's memory. */
    private void grow() {
        resize(Math.max(time.length + 16, time.length + (time.length >> 1)));
    }

    private void resize(int n) {
        time = Arrays.copyOf(time, n);
        clock = Arrays.copyOf(clock, n);
        tick = Arrays.copyOf(tick, n);
        type = Arrays.copyOf(type, n);
        queue = Arrays.copyOf(queue, n);
        aux = Arrays.copyOf(aux, n);
        msg = Arrays.copyOf(msg, n);
        partner = Arrays.copyOf(partner, n);
        line = Arrays.copyOf(line, n);
        lost = Arrays.copyOf(lost, n);
        vc = Arrays.copyOf(vc, n * vms);
        if (extra != null) {
            extra = Arrays.copyOf(extra, n);
        }
    }
}
