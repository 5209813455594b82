package scalemodels.analysis;

import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;

/** One lane's sums and counts, gathered on its own thread. */
final class LaneFigures {
    final int vm;
    final LaneData lane;
    final long[] counts = new long[EventType.values().length];
    final JumpCounts jumps = new JumpCounts();
    final JumpCounts receiveJumps = new JumpCounts();
    long jumpSum;
    long maxJump;
    long queueSum;
    long queueCount;
    int maxQueue;
    int lastQueue;
    long undelivered;
    long sentAfterStop;
    long finalClock;
    long events;
    /** Receives matched to no send: where the logs do not say which send it was, nothing checks their message. */
    long unmatchedReceives;
    long ticks;
    double measuredRate;
    double[] waits;
    Series clock;
    Series queue;

    LaneFigures(int vm, LaneData lane) {
        this.vm = vm;
        this.lane = lane;
    }

    VmStats stats(long maxDrift, long finalDrift) {
        return new VmStats(vm, lane.rate(), lane.speed(), measuredRate, ticks,
                counts[EventType.RECEIVE.ordinal()], counts[EventType.SEND.ordinal()],
                counts[EventType.INTERNAL.ordinal()], finalClock, events == 0 ? 0 : jumpSum / (double) events,
                maxJump, maxDrift, finalDrift, finalClock - ticks,
                queueCount == 0 ? -1 : queueSum / (double) queueCount, maxQueue, lastQueue, waits[0], waits[1],
                waits[2], (long) waits[3], counts[EventType.PAUSE.ordinal()], counts[EventType.CRASH.ordinal()],
                undelivered, sentAfterStop);
    }
}
