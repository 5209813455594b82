package scalemodels.rundata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import scalemodels.event.EventType;

/** The stretches of one lane when its VM was paused or crashed, in time order; the last may still be open. */
public final class Interruptions {
    /**
     * One stretch.
     *
     * @param startMicros when it began
     * @param endMicros   when it ended, {@link Long#MAX_VALUE} while it goes on
     * @param crash       a crash (until a restart or the stop), else a pause (until resume)
     */
    public record Stretch(long startMicros, long endMicros, boolean crash) {
        public boolean open() {
            return endMicros == Long.MAX_VALUE;
        }
    }

    /** What an event does to the stretches. */
    private enum Effect { OPENS_PAUSE, OPENS_CRASH, ENDS_PAUSE, ENDS_CRASH, ENDS_EITHER, NONE }

    private final List<Stretch> stretches = new ArrayList<>();

    /** An exhaustive switch: a new kind does not compile until it says whether it opens or ends a stretch. */
    void track(EventType type, long timeMicros) {
        Effect effect = switch (type) {
            case PAUSE -> Effect.OPENS_PAUSE;
            case CRASH -> Effect.OPENS_CRASH;
            case RESUME -> Effect.ENDS_PAUSE;
            case RESTART -> Effect.ENDS_CRASH;
            case STOP -> Effect.ENDS_EITHER;
            case START, INTERNAL, SEND, RECEIVE, FAULT, RECONNECT -> Effect.NONE;
        };
        switch (effect) {
            case OPENS_PAUSE, OPENS_CRASH -> stretches.add(new Stretch(timeMicros, Long.MAX_VALUE,
                    effect == Effect.OPENS_CRASH));
            case ENDS_PAUSE, ENDS_CRASH, ENDS_EITHER -> {
                int last = stretches.size() - 1;
                if (last >= 0 && stretches.get(last).open() && (effect == Effect.ENDS_EITHER
                        || stretches.get(last).crash() == (effect == Effect.ENDS_CRASH))) {
                    stretches.set(last, new Stretch(stretches.get(last).startMicros(), timeMicros,
                            stretches.get(last).crash()));
                }
            }
            case NONE -> {
            }
        }
    }

    public List<Stretch> all() {
        return Collections.unmodifiableList(stretches);
    }

    Interruptions copy() {
        Interruptions copy = new Interruptions();
        copy.stretches.addAll(stretches);
        return copy;
    }
}
