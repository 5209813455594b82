package scalemodels.rundata;

/** A FIFO of ints in a growable ring buffer: message matching keeps one per channel, without boxing. */
final class IntQueue {
    private int[] items = new int[8];
    private int head;
    private int size;

    IntQueue() {
    }

    /** A copy holding the same items. */
    IntQueue(IntQueue other) {
        items = new int[Math.max(8, other.size)];
        for (int i = 0; i < other.size; i++) {
            items[i] = other.get(i);
        }
        size = other.size;
    }

    void add(int value) {
        if (size == items.length) {
            int[] grown = new int[items.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = items[(head + i) % items.length];
            }
            items = grown;
            head = 0;
        }
        items[(head + size) % items.length] = value;
        size++;
    }

    int poll() {
        if (size == 0) {
            throw new IllegalStateException("empty");
        }
        int value = items[head];
        head = (head + 1) % items.length;
        size--;
        return value;
    }

    /** Removes the first occurrence of {@code value}, keeping the order of the rest; its place, or -1 when absent. */
    int remove(int value) {
        for (int i = 0; i < size; i++) {
            if (get(i) == value) {
                for (int k = i; k < size - 1; k++) {
                    items[(head + k) % items.length] = items[(head + k + 1) % items.length];
                }
                size--;
                return i;
            }
        }
        return -1;
    }

    /** The i-th oldest item. */
    int get(int i) {
        return items[(head + i) % items.length];
    }

    /** Bytes of the ring buffer. */
    long retainedBytes() {
        return 4L * items.length;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Empties the queue and returns how many items it held. */
    int clear() {
        int dropped = size;
        head = 0;
        size = 0;
        return dropped;
    }
}
