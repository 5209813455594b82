package scalemodels.rundata;

/** Read-only view of one channel's sends whose receive has not happened yet, oldest first (lane indices). */
public final class UnreceivedSends {
    private final IntQueue queue;
    /** How many of the queue's oldest sends this view leaves out. */
    private final int skipped;

    UnreceivedSends(IntQueue queue) {
        this(queue, 0);
    }

    UnreceivedSends(IntQueue queue, int skipped) {
        this.queue = queue;
        this.skipped = skipped;
    }

    public int size() {
        return queue.size() - skipped;
    }

    /** The i-th oldest send index. */
    public int get(int i) {
        return queue.get(skipped + i);
    }
}
