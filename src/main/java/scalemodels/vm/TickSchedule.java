package scalemodels.vm;

/**
 * Absolute tick deadlines: tick k is due at {@code start + k / ticksPerSecond}, computed from k and never from the
 * previous tick, so a late tick does not push the later ones back and a 60 s run at rate 4 has exactly 240 ticks.
 */
final class TickSchedule {
    private final long startNanos;
    private final double ticksPerSecond;
    private final long durationNanos;

    /**
     * @param startNanos      {@link System#nanoTime()} of the common start instant
     * @param ticksPerSecond  rate times speed
     * @param durationSeconds 0 for no end
     */
    TickSchedule(long startNanos, double ticksPerSecond, double durationSeconds) {
        this.startNanos = startNanos;
        this.ticksPerSecond = ticksPerSecond;
        this.durationNanos = durationSeconds == 0 ? Long.MAX_VALUE : Math.round(durationSeconds * 1e9);
    }

    long startNanos() {
        return startNanos;
    }

    /** Whether tick {@code k} (1-based) still falls within the run's duration. */
    boolean includes(long k) {
        return offsetNanos(k) <= durationNanos;
    }

    long deadlineNanos(long k) {
        return startNanos + offsetNanos(k);
    }

    private long offsetNanos(long k) {
        return Math.round(k * 1e9 / ticksPerSecond);
    }
}
