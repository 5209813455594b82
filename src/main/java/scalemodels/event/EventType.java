package scalemodels.event;

import java.util.Locale;

/** The kinds of line a VM log holds; the lower-case name is the {@code event=} word. */
public enum EventType {
    START, INTERNAL, SEND, RECEIVE, STOP,
    /** The VM was paused: no ticks until resume, while messages keep arriving. */
    PAUSE,
    RESUME,
    /** Written by the supervisor into a VM's log after its process died. */
    CRASH,
    /** A new process of a crashed VM, carrying on with the clock and vector it had. */
    RESTART,
    /** A channel fault (drop, delay, clear) began or ended on the sender's side. */
    FAULT,
    /**
     * The sender opened a new channel to a restarted VM: its messages on the old channel that were never received
     * went down with the crashed process.
     */
    RECONNECT;

    /** An event of the exercise: it takes a tick and moves the clocks. */
    public boolean isTick() {
        return this == INTERNAL || this == SEND || this == RECEIVE;
    }

    /** A line that opens a run of ticks with a known clock: start, or restart after a crash. */
    public boolean opens() {
        return this == START || this == RESTART;
    }

    /** Whether lines of this kind carry a vector clock. */
    public boolean carriesVectorClock() {
        return isTick() || opens();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for an {@code event=} word, or null when it is not one of ours. */
    public static EventType fromWord(String word) {
        for (EventType type : values()) {
            if (type.word().equals(word)) {
                return type;
            }
        }
        return null;
    }
}
