package scalemodels.rundata;

/** Read-only view of one channel's sends whose receive has not happened yet, oldest first (lane indices). */
public final class UnreceivedSends {
    private final IntQueue queue;

    UnreceivedSends(IntQueue queue) {
        this.queue = queue;
    }

    public int size() {
        return queue.size();
    }

    /** The i-th oldest send index. */
    public int get(int i) {
        return queue.get(i);
    }
}
