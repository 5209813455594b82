package scalemodels.vm;

import java.util.ArrayDeque;

import scalemodels.log.Timestamps;
import scalemodels.model.Message;

/**
 * The VM's network queue: unbounded, filled by the peer reader threads as fast as messages arrive and drained by
 * the tick thread one message per tick.
 *
 * <p>One lock guards arrivals and the tick's look: a tick takes its instant, the message (if any) and the length that
 * remains in one step, so a draw always saw an empty queue and logs 0, and a receive logs exactly what was left
 * behind it. Reading them one after another let messages arrive in between, and a draw was logged with queue=3.
 */
final class InboundQueue {
    private final ArrayDeque<Message> messages = new ArrayDeque<>();

    /**
     * What one tick found: the message it takes (null when the queue was empty, so the tick draws), how many stay
     * behind, and when it looked.
     */
    record Look(Message taken, int remaining, long timeMicros) {
    }

    synchronized void offer(Message message) {
        messages.addLast(message);
    }

    /** Takes the oldest waiting message, if any, with the instant and the length left, all read together. */
    synchronized Look take() {
        Message taken = messages.pollFirst();
        return new Look(taken, messages.size(), Timestamps.nowMicros());
    }

    synchronized int size() {
        return messages.size();
    }
}
