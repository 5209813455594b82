package scalemodels.vm;

/**
 * Injected faults on this VM's outgoing channels: per receiving VM, drop every message or hold each back for a
 * delay, until a deadline or until cleared. Only the tick thread reads and changes it.
 */
final class ChannelFaults {
    enum Kind { NONE, DROP, DELAY }

    private final Kind[] kind;
    private final long[] delayNanos;
    /** When the fault ends ({@link System#nanoTime()}), or {@link Long#MAX_VALUE} until cleared. */
    private final long[] untilNanos;

    ChannelFaults(int vms) {
        kind = new Kind[vms];
        delayNanos = new long[vms];
        untilNanos = new long[vms];
        java.util.Arrays.fill(kind, Kind.NONE);
    }

    int vms() {
        return kind.length;
    }

    void set(int to, Kind newKind, long delay, long until) {
        kind[to] = newKind;
        delayNanos[to] = delay;
        untilNanos[to] = until;
    }

    void clear(int to) {
        set(to, Kind.NONE, 0, 0);
    }

    Kind kind(int to) {
        return kind[to];
    }

    long delayNanos(int to) {
        return delayNanos[to];
    }

    /** The channels whose fault has run out by {@code nowNanos}; they are cleared. */
    int[] expire(long nowNanos) {
        int[] expired = new int[kind.length];
        int n = 0;
        for (int to = 0; to < kind.length; to++) {
            if (kind[to] != Kind.NONE && untilNanos[to] != Long.MAX_VALUE && nowNanos - untilNanos[to] >= 0) {
                clear(to);
                expired[n++] = to;
            }
        }
        return java.util.Arrays.copyOf(expired, n);
    }
}
