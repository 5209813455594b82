package scalemodels.rundata;

import java.util.HashMap;
import java.util.Map;

/**
 * For the window only: which message each receive took when the receiver's log names neither the sender nor the
 * timestamp the message carried ("Receive ... From Network"), so that its arrow can be drawn instead of every send
 * to that VM seeming to wait until the end of the run. A VM takes messages off its one queue in the order they
 * arrived, and on one machine they arrive in the order they were sent (the network is far quicker than a tick): the
 * k-th such receive of a VM took the oldest message sent to it that no receive took before, if that send is not
 * after the receive and the receive's clock is above what the message carried.
 *
 * <p>These pairs are a reading of the logs, not what the logs say, so the rule check never sees them: the receives
 * stay unmatched in their lanes and their sends stay among the {@linkplain RunModel#unreceived unreceived} ones, so a
 * guess can neither make nor hide a violation. The timeline draws them ({@link #sendOf}) and counts as waiting only
 * the {@linkplain #awaiting awaiting} sends: those that no receive took, by their log or by this order. In runs whose
 * receives name their sender (every run of this app) the two are the same. Part of {@link MessageMatching}, confined
 * to its thread.
 */
public final class ArrivalOrder {
    private final LaneData[] lanes;
    private final IntQueue[][] awaiting;
    /** (receiver << 32 | receive index) to (sender << 32 | send index). */
    private final Map<Long, Long> pairs = new HashMap<>();

    ArrivalOrder(LaneData[] lanes) {
        int vms = lanes.length;
        this.lanes = lanes;
        this.awaiting = new IntQueue[vms][vms];
        for (IntQueue[] row : awaiting) {
            for (int j = 0; j < vms; j++) {
                row[j] = new IntQueue();
            }
        }
    }

    /** A copy over a snapshot's lanes. */
    ArrivalOrder copyOver(LaneData[] snapshotLanes) {
        ArrivalOrder copy = new ArrivalOrder(snapshotLanes);
        for (int i = 0; i < awaiting.length; i++) {
            for (int j = 0; j < awaiting.length; j++) {
                copy.awaiting[i][j] = new IntQueue(awaiting[i][j]);
            }
        }
        copy.pairs.putAll(pairs);
        return copy;
    }

    /** A send that no receive has taken yet joined its channel's unreceived sends. */
    void sent(int from, int to, int send) {
        awaiting[from][to].add(send);
    }

    /** A receive that its log matches took this send (or it was found lost). */
    void taken(int from, int to, int send) {
        awaiting[from][to].remove(send);
    }

    /** The channel's unreceived sends went down with a crashed VM. */
    void cleared(int from, int to) {
        awaiting[from][to].clear();
    }

    /** A receive that names neither its sender nor the timestamp it carried: paired with the oldest awaiting send. */
    void anonymous(int to, int receive, int carriedOffset) {
        LaneData receiver = lanes[to];
        int from = -1;
        for (int f = 0; f < lanes.length; f++) {
            if (f != to && !awaiting[f][to].isEmpty() && (from < 0
                    || lanes[f].time(awaiting[f][to].get(0)) < lanes[from].time(awaiting[from][to].get(0)))) {
                from = f;
            }
        }
        if (from < 0) {
            return;
        }
        int send = awaiting[from][to].get(0);
        if (lanes[from].time(send) > receiver.time(receive)
                || receiver.clock(receive) <= lanes[from].clock(send) - carriedOffset) {
            return; // not a message this receive can have taken: no guess rather than a wrong one
        }
        awaiting[from][to].poll();
        pairs.put(key(to, receive), key(from, send));
    }

    /** The send that receive {@code receive} of VM {@code vm} took by arrival order, or null when none was paired. */
    public EventRef sendOf(int vm, int receive) {
        Long send = pairs.get(key(vm, receive));
        return send == null ? null : new EventRef((int) (send >>> 32), (int) (long) send);
    }

    /** The receive that took send {@code send} of VM {@code from} to VM {@code to} by arrival order, or -1. */
    public int receiveOf(int from, int send, int to) {
        long wanted = key(from, send);
        for (Map.Entry<Long, Long> pair : pairs.entrySet()) {
            if (pair.getValue() == wanted && (int) (pair.getKey() >>> 32) == to) {
                return (int) (long) pair.getKey();
            }
        }
        return -1;
    }

    /** Whether any receive was paired by arrival order. */
    public boolean any() {
        return !pairs.isEmpty();
    }

    /** Sends on channel {@code from -> to} that no receive took, by its log or by arrival order, oldest first. */
    public UnreceivedSends awaiting(int from, int to) {
        return new UnreceivedSends(awaiting[from][to]);
    }

    /** Messages that no receive took, over all channels: in flight or waiting in a queue. */
    public long inFlight() {
        long total = 0;
        for (IntQueue[] row : awaiting) {
            for (IntQueue q : row) {
                total += q.size();
            }
        }
        return total;
    }

    long retainedBytes() {
        long bytes = 48L * pairs.size();
        for (IntQueue[] row : awaiting) {
            for (IntQueue q : row) {
                bytes += q.retainedBytes();
            }
        }
        return bytes;
    }

    private static long key(int lane, int index) {
        return (long) lane << 32 | (index & 0xffffffffL);
    }
}
