package scalemodels.vm;

/**
 * Absolute tick deadlines: tick k is due at {@code anchor + (k - anchorTick) / ticksPerSecond}, computed from k and
 * never from the previous tick, so a late tick does not push the later ones back. Tick 1 falls on the common start
 * instant, so every VM acts the moment the run starts (not one period later: a second for a VM at rate 1), and the
 * run's end is exclusive, so a 60 s run at rate 4 has exactly 240 ticks. A pause moves the anchor (the ticks missed
 * while paused are not made up); the end stays where it was.
 */
final class TickSchedule {
    private final double ticksPerSecond;
    private final long endNanos;
    private long anchorNanos;
    private long anchorTick = 1;

    /**
     * @param startNanos     {@link System#nanoTime()} of the common start instant (the start line and tick 1)
     * @param ticksPerSecond rate times speed
     * @param endNanos       {@link System#nanoTime()} of the run's end, or {@link Long#MAX_VALUE} for none
     */
    TickSchedule(long startNanos, double ticksPerSecond, long endNanos) {
        this.anchorNanos = startNanos;
        this.ticksPerSecond = ticksPerSecond;
        this.endNanos = endNanos;
    }

    /** Whether tick {@code k} still falls within the run. */
    boolean includes(long k) {
        return endNanos == Long.MAX_VALUE || deadlineNanos(k) - endNanos < 0;
    }

    long deadlineNanos(long k) {
        return anchorNanos + Math.round((k - anchorTick) * 1e9 / ticksPerSecond);
    }

    /** After a pause: tick {@code lastTick + 1} is due one period after {@code nowNanos}. */
    void resumeAt(long lastTick, long nowNanos) {
        anchorTick = lastTick;
        anchorNanos = nowNanos;
    }
}
