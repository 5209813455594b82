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
    /** The channels' sends that no receive is matched with, oldest first: {@link MessageMatching}'s own queues. */
    private final IntQueue[][] unreceived;
    /**
     * Per channel, how many of its oldest unreceived sends a receive took by arrival order. Always the oldest: a
     * receive takes the oldest send no receive took, and a send leaves the queue from anywhere only when a receive
     * matched by timestamp takes it (then one fewer of those counted here, when it was one of them).
     */
    private final int[][] paired;
    /** (receiver << 32 | receive index) to (sender << 32 | send index). */
    private final Map<Long, Long> pairs = new HashMap<>();

    ArrivalOrder(LaneData[] lanes, IntQueue[][] unreceived) {
        this.lanes = lanes;
        this.unreceived = unreceived;
        this.paired = new int[lanes.length][lanes.length];
    }

    /** Takes the pairs and counts of {@code live}, for a snapshot whose queues are copies of its. */
    void copyFrom(ArrivalOrder live) {
        for (int i = 0; i < paired.length; i++) {
            System.arraycopy(live.paired[i], 0, paired[i], 0, paired[i].length);
        }
        pairs.putAll(live.pairs);
    }

    /** The channel's oldest unreceived send was taken by a receive its log matches (or found lost). */
    void oldestTaken(int from, int to) {
        paired[from][to] = Math.max(0, paired[from][to] - 1);
    }

    /** The channel's unreceived send that stood at {@code place} was taken by a receive matched by timestamp. */
    void takenAt(int from, int to, int place) {
        if (place >= 0 && place < paired[from][to]) {
            paired[from][to]--;
        }
    }

    /** The channel's unreceived sends went down with a crashed VM. */
    void cleared(int from, int to) {
        paired[from][to] = 0;
    }

    /** A receive that names neither its sender nor the timestamp it carried: paired with the oldest awaiting send. */
    void anonymous(int to, int receive, int carriedOffset) {
        LaneData receiver = lanes[to];
        int from = -1;
        for (int f = 0; f < lanes.length; f++) {
            if (f != to && unreceived[f][to].size() > paired[f][to] && (from < 0
                    || lanes[f].time(oldestAwaiting(f, to)) < lanes[from].time(oldestAwaiting(from, to)))) {
                from = f;
            }
        }
        if (from < 0) {
            return;
        }
        int send = oldestAwaiting(from, to);
        if (lanes[from].time(send) > receiver.time(receive)
                || receiver.clock(receive) <= lanes[from].clock(send) - carriedOffset) {
            return; // not a message this receive can have taken: no guess rather than a wrong one
        }
        paired[from][to]++;
        pairs.put(key(to, receive), key(from, send));
    }

    private int oldestAwaiting(int from, int to) {
        return unreceived[from][to].get(paired[from][to]);
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
        return new UnreceivedSends(unreceived[from][to], paired[from][to]);
    }

    /** Messages that no receive took, over all channels: in flight or waiting in a queue. */
    public long inFlight() {
        long total = 0;
        for (int from = 0; from < unreceived.length; from++) {
            for (int to = 0; to < unreceived.length; to++) {
                total += unreceived[from][to].size() - paired[from][to];
            }
        }
        return total;
    }

    long retainedBytes() {
        return 48L * pairs.size() + 4L * paired.length * paired.length;
    }

    private static long key(int lane, int index) {
        return (long) lane << 32 | (index & 0xffffffffL);
    }
}
