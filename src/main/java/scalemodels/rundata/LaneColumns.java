package scalemodels.rundata;

import java.util.Arrays;

/**
 * The primitive arrays of one lane, one entry per event, listed once: made, resized and measured here. A resize
 * makes a new instance, so a snapshot that holds the old one keeps arrays that are never replaced under it.
 * Some columns mean different things by event kind ({@link LaneData} reads them by kind): the packing keeps a lane
 * near 50 bytes per event.
 */
final class LaneColumns {
    final long[] time;
    final long[] clock;
    final long[] tick;
    /** {@link scalemodels.event.EventType} ordinal. */
    final byte[] type;
    /** Queue length logged, -1 unknown. */
    final int[] queue;
    /** Send: bit mask of recipients (or UNKNOWN_RECIPIENTS); receive: the sender's id (-1 unknown); fault and
     * reconnect: the VM at the channel's other end. */
    final int[] aux;
    /** Receive: the Lamport timestamp carried; send and internal: the drawn value (-1 unknown). */
    final long[] msg;
    /** Receive: index of the matching send in the sender's lane, -1 while unknown. */
    final int[] partner;
    /** 1-based line in the source file, for messages about the event. */
    final int[] line;
    /** Send: recipients that did not get it: failed (peer gone) in the low 16 bits, dropped by a fault above. */
    final int[] lost;
    /** Vector clocks, {@code vms} entries per event (capped at Integer.MAX_VALUE). */
    final int[] vc;
    private final int vms;

    LaneColumns(int capacity, int vms) {
        this(vms, new long[capacity], new long[capacity], new long[capacity], new byte[capacity], new int[capacity],
                new int[capacity], new long[capacity], new int[capacity], new int[capacity], new int[capacity],
                new int[capacity * vms]);
    }

    private LaneColumns(int vms, long[] time, long[] clock, long[] tick, byte[] type, int[] queue, int[] aux,
                        long[] msg, int[] partner, int[] line, int[] lost, int[] vc) {
        this.vms = vms;
        this.time = time;
        this.clock = clock;
        this.tick = tick;
        this.type = type;
        this.queue = queue;
        this.aux = aux;
        this.msg = msg;
        this.partner = partner;
        this.line = line;
        this.lost = lost;
        this.vc = vc;
    }

    int capacity() {
        return time.length;
    }

    /** The same entries in arrays of {@code n} slots (the first {@code min(n, capacity)} copied). */
    LaneColumns resized(int n) {
        return new LaneColumns(vms, Arrays.copyOf(time, n), Arrays.copyOf(clock, n), Arrays.copyOf(tick, n),
                Arrays.copyOf(type, n), Arrays.copyOf(queue, n), Arrays.copyOf(aux, n), Arrays.copyOf(msg, n),
                Arrays.copyOf(partner, n), Arrays.copyOf(line, n), Arrays.copyOf(lost, n),
                Arrays.copyOf(vc, n * vms));
    }

    long retainedBytes() {
        long perSlot = 8 + 8 + 8 + 1 + 4 + 4 + 8 + 4 + 4 + 4;
        return (long) time.length * perSlot + 4L * vc.length;
    }
}
