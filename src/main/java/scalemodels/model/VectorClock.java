package scalemodels.model;

import java.util.Arrays;

/** A vector clock owned by one VM: its own entry counts its events, the others what it has heard of. */
public final class VectorClock {
    private final long[] entries;
    private final int owner;

    public VectorClock(int vms, int owner) {
        this.entries = new long[vms];
        this.owner = owner;
    }

    /** A local event (send or internal): own entry +1. */
    public void tick() {
        entries[owner]++;
    }

    /** A receive: element-wise max with the vector the message carried, then own entry +1. */
    public void merge(long[] carried) {
        if (carried.length != entries.length) {
            throw new IllegalArgumentException("vector clock of " + carried.length + " entries, expected "
                    + entries.length);
        }
        for (int i = 0; i < entries.length; i++) {
            entries[i] = Math.max(entries[i], carried[i]);
        }
        entries[owner]++;
    }

    /** Restores a logged vector (a restarted VM). */
    public void set(long[] logged) {
        if (logged.length != entries.length) {
            throw new IllegalArgumentException("vector clock of " + logged.length + " entries, expected "
                    + entries.length);
        }
        System.arraycopy(logged, 0, entries, 0, entries.length);
    }

    public long[] snapshot() {
        return entries.clone();
    }

    @Override
    public String toString() {
        return Arrays.toString(entries);
    }
}
