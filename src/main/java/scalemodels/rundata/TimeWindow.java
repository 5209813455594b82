package scalemodels.rundata;

/**
 * A stretch of a run's time, in epoch microseconds: what an exported picture shows. Chosen on the command line in
 * seconds since the run's first event, or in the window as the range in view.
 *
 * @param startMicros its first moment
 * @param endMicros   its last moment, after the first
 */
public record TimeWindow(long startMicros, long endMicros) {
    public TimeWindow {
        if (endMicros <= startMicros) {
            throw new IllegalArgumentException("a time window must end after it starts");
        }
    }

    /** The whole run, from its first event to its last (one second for a run without events). */
    public static TimeWindow whole(RunModel model) {
        long start = model.isEmpty() ? 0 : model.startMicros();
        return new TimeWindow(start, Math.max(start + 1_000, model.isEmpty() ? start : model.lastEventMicros()));
    }

    /**
     * From {@code fromSeconds} to {@code untilSeconds} after the run's first event (null: the run's start, or its
     * end).
     *
     * @throws IllegalArgumentException with a sentence for the user when the window is empty or misses the run
     */
    public static TimeWindow ofSeconds(RunModel model, Double fromSeconds, Double untilSeconds) {
        TimeWindow whole = whole(model);
        double length = (whole.endMicros - whole.startMicros) / 1e6;
        double from = fromSeconds == null ? 0 : fromSeconds;
        double until = untilSeconds == null ? length : untilSeconds;
        if (from >= length) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "--from %s s is past the run's end: the run lasts %.3f s", from, length));
        }
        if (from < 0 || until <= from) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "--from must be at least 0 and --until after it (got %s to %s s)", from, until));
        }
        return new TimeWindow(whole.startMicros + Math.round(from * 1e6), whole.startMicros + Math.round(until * 1e6));
    }

    public long lengthMicros() {
        return endMicros - startMicros;
    }
}
