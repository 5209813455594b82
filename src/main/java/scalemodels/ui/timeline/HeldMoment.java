package scalemodels.ui.timeline;

/**
 * A live run's view held still at a moment (H, or the Hold button): the run goes on recording, the view shows the
 * run as it stood then and cannot be moved past it; stepping to a later event moves the moment on to it.
 */
final class HeldMoment {
    private static final long NONE = Long.MIN_VALUE;
    private long at = NONE;

    boolean held() {
        return at != NONE;
    }

    /** The held moment, epoch microseconds; only while {@link #held()}. */
    long at() {
        return at;
    }

    void hold(long nowMicros) {
        if (!held()) {
            at = nowMicros;
        }
    }

    void release() {
        at = NONE;
    }

    /** A step to an event at {@code micros}: a held view moves on to it, never back. */
    void reach(long micros) {
        if (held()) {
            at = Math.max(at, micros);
        }
    }
}
