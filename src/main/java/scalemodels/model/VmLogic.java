package scalemodels.model;

import scalemodels.event.EventDetail;
import scalemodels.event.LogEvent;

/**
 * One VM of the exercise without sockets or time: its Lamport and vector clocks, its random draws and the rules that
 * turn a tick into an event. The process runtime and the simulation drive the same class.
 *
 * <p>Not thread-safe: one tick thread owns it.
 */
public final class VmLogic {
    private static final int[] NO_RECIPIENTS = new int[0];

    private final int id;
    private final int vms;
    private final int maxValue;
    private final int rate;
    private final long seed;
    private final SplitMix64 draws;
    private final VectorClock vector;
    private long clock;
    private long tick;

    /** Draws the tick rate first, then every later draw is an action value, in that order for a given seed. */
    public VmLogic(int id, RunSettings settings) {
        if (id < 0 || id >= settings.vms()) {
            throw new IllegalArgumentException("VM id " + id + " outside 0.." + (settings.vms() - 1));
        }
        this.id = id;
        this.vms = settings.vms();
        this.maxValue = settings.maxValue();
        this.seed = settings.vmSeed(id);
        this.draws = new SplitMix64(seed);
        int drawn = draws.nextIntInclusive(settings.rateMin(), settings.rateMax()); // drawn even when fixed (FixedRates)
        this.rate = settings.rates().none() ? drawn : settings.rates().of(id);
        this.vector = new VectorClock(vms, id);
    }

    public int id() {
        return id;
    }

    /** Ticks per second at speed 1. */
    public int rate() {
        return rate;
    }

    public long clock() {
        return clock;
    }

    public long tick() {
        return tick;
    }

    /** The tick-0 line that opens every log. */
    public LogEvent startEvent(long timeMicros, double speed) {
        return new LogEvent(timeMicros, id, 0, clock, 0, new EventDetail.Start(rate, speed, seed, vms),
                vector.snapshot());
    }

    /**
     * One tick. With a message taken off the queue it is a receive ({@code clock = max(clock, msg) + 1});
     * otherwise the VM draws a value and sends or works internally ({@code clock + 1}).
     *
     * @param timeMicros  the system time of the event
     * @param taken       the message taken off the queue this tick, or null when the queue was empty
     * @param queueAfter  messages still waiting after the event
     */
    public TickOutcome onTick(long timeMicros, Message taken, int queueAfter) {
        tick++;
        if (taken != null) {
            clock = Math.max(clock, taken.clock()) + 1;
            vector.merge(taken.vector());
            return new TickOutcome(event(timeMicros, queueAfter, new EventDetail.Receive(taken.from(), taken.clock())),
                    null, NO_RECIPIENTS);
        }
        int value = draws.nextIntInclusive(1, maxValue);
        int[] recipients = Recipients.forValue(value, id, vms);
        clock++;
        vector.tick();
        if (recipients.length == 0) {
            return new TickOutcome(event(timeMicros, queueAfter, new EventDetail.Internal(value)), null,
                    NO_RECIPIENTS);
        }
        LogEvent send = event(timeMicros, queueAfter, new EventDetail.Send(value, recipients));
        return new TickOutcome(send, new Message(id, clock, send.vc()), recipients);
    }

    /**
     * Carries on where a crashed process of this VM left off, as its log tells: its tick count, clocks, and as many
     * values drawn as it made sends and internal events (so the draws continue the same sequence).
     */
    public void restore(long lastTick, long lastClock, long[] lastVector, long drawsMade) {
        tick = lastTick;
        clock = lastClock;
        vector.set(lastVector);
        for (long i = 0; i < drawsMade; i++) {
            draws.nextIntInclusive(1, maxValue);
        }
    }

    /** The line a restarted process opens with: the restored clock and vector. */
    public LogEvent restartEvent(long timeMicros, double speed, int queue) {
        return new LogEvent(timeMicros, id, tick, clock, queue, new EventDetail.Restart(rate, speed, seed, vms),
                vector.snapshot());
    }

    /** A line that marks something happening to the VM without a tick (pause, resume, fault). */
    public LogEvent annotation(long timeMicros, int queue, EventDetail detail) {
        return new LogEvent(timeMicros, id, tick, clock, queue, detail, null);
    }

    /** The closing line: the last tick number, the final clock and what is left in the queue. */
    public LogEvent stopEvent(long timeMicros, int queue) {
        return new LogEvent(timeMicros, id, tick, clock, queue, new EventDetail.Stop(), null);
    }

    private LogEvent event(long timeMicros, int queueAfter, EventDetail detail) {
        return new LogEvent(timeMicros, id, tick, clock, queueAfter, detail, vector.snapshot());
    }
}
