package scalemodels.vm;

import java.util.concurrent.LinkedBlockingQueue;

import scalemodels.model.Message;

/**
 * The VM's network queue: unbounded, filled by the peer reader threads as fast as messages arrive and drained by
 * the tick thread one message per tick.
 */
final class InboundQueue {
    private final LinkedBlockingQueue<Message> messages = new LinkedBlockingQueue<>();

    void offer(Message message) {
        messages.offer(message);
    }

    /** The oldest waiting message, or null. */
    Message poll() {
        return messages.poll();
    }

    int size() {
        return messages.size();
    }
}
