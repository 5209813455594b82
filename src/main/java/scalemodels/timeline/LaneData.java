package scalemodels.timeline;

import java.util.Arrays;

import scalemodels.log.EventDetail;
import scalemodels.log.EventType;
import scalemodels.log.LogEvent;

/**
 * One VM's events as parallel primitive arrays in arrival order (which is time order: a VM streams its lines in the
 * order it writes them). About 45 bytes plus 4 per VM per event, instead of an object graph.
 */
public final class LaneData {
    private static final EventType[] TYPES = EventType.values();

    private final int vms;
    private int size;
    private long[] time = new long[256];
    private long[] clock = new long[256];
    private long[] tick = new long[256];
    private byte[] type = new byte[256];
    private int[] queue = new int[256];
    /** Send: bit mask of recipients; receive: the sender's id; otherwise the drawn value or 0. */
    private int[] aux = new int[256];
    /** Receive: the Lamport timestamp carried; send and internal: the drawn value. */
    private long[] msg = new long[256];
    /** Receive: index of the matching send in the sender's lane, -1 while unknown. */
    private int[] partner = new int[256];
    private int[] vc;
    private int rate;
    private double speed = 1;
    private long maxQueue;

    LaneData(int vms) {
        this.vms = vms;
        this.vc = new int[256 * vms];
    }

    /** Appends an event and returns its index. */
    int add(LogEvent e) {
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
        maxQueue = Math.max(maxQueue, e.queue());
        EventDetail detail = e.detail();
        if (detail instanceof EventDetail.Send send) {
            int mask = 0;
            for (int to : send.to()) {
                mask |= 1 << to;
            }
            aux[i] = mask;
            msg[i] = send.value();
        } else if (detail instanceof EventDetail.Receive receive) {
            aux[i] = receive.from();
            msg[i] = receive.msg();
        } else if (detail instanceof EventDetail.Internal internal) {
            msg[i] = internal.value();
        } else if (detail instanceof EventDetail.Start start) {
            rate = start.rate();
            speed = start.speed();
        }
        if (e.vc() != null && e.vc().length == vms) {
            for (int k = 0; k < vms; k++) {
                vc[i * vms + k] = (int) Math.min(Integer.MAX_VALUE, e.vc()[k]);
            }
        }
        return i;
    }

    void setPartner(int index, int sendIndex) {
        partner[index] = sendIndex;
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

    public int queue(int i) {
        return queue[i];
    }

    /** Recipients of a send as a bit mask (bit k set: VM k). */
    public int recipientMask(int i) {
        return type(i) == EventType.SEND ? aux[i] : 0;
    }

    /** Sender of a receive, or -1. */
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

    public long[] vectorClock(int i) {
        long[] out = new long[vms];
        for (int k = 0; k < vms; k++) {
            out[k] = vc[i * vms + k];
        }
        return out;
    }

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
        return firstAtOrAfter(t + 1) - 1;
    }

    /** Bytes held by the arrays, for the memory figures. */
    public long retainedBytes() {
        return (long) time.length * (8 + 8 + 8 + 1 + 4 + 4 + 8 + 4) + 4L * vc.length;
    }

    private void grow() {
        int n = time.length * 2;
        time = Arrays.copyOf(time, n);
        clock = Arrays.copyOf(clock, n);
        tick = Arrays.copyOf(tick, n);
        type = Arrays.copyOf(type, n);
        queue = Arrays.copyOf(queue, n);
        aux = Arrays.copyOf(aux, n);
        msg = Arrays.copyOf(msg, n);
        partner = Arrays.copyOf(partner, n);
        vc = Arrays.copyOf(vc, n * vms);
    }
}
