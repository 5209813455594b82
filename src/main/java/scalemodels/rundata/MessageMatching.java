package scalemodels.rundata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import scalemodels.event.EventType;

/**
 * Every message matched from its send to its receive on its channel's FIFO order, whichever side arrives first;
 * receives of imported logs that do not name their sender (or whose sender does not name recipients) are matched by
 * the timestamp they carried. Keeps the counts of messages that were not delivered, died in a crash or were
 * overtaken. Part of {@link RunModel}, confined to its thread.
 */
final class MessageMatching {
    /** Sends scanned on one channel for the one a receive carried. */
    private static final int CHANNEL_SCAN_LIMIT = 10_000;
    /** Events scanned after a held-back send for its sender's crash; a delay fault lasts seconds, not this many. */
    private static final int CRASH_SCAN_LIMIT = 100_000;
    /** Scan limit when looking for a send by its timestamp, so broken logs cannot make loading quadratic. */
    private static final int TIMESTAMP_SCAN_LIMIT = 20_000;

    private final int vms;
    private final LaneData[] lanes;
    private final IntQueue[][] unreceivedSends;
    private final IntQueue[][] receivesAwaitingSend;
    private final boolean[] unknownRecipients;
    /** For the window: which message each receive that names neither sender nor timestamp took. */
    private final ArrivalOrder arrivalOrder;
    /** Sends already matched by timestamp, per receiver: (sender lane, receiver) << 32 | send index. */
    private final Set<Long> matchedByTimestamp = new HashSet<>();
    private final List<LostMessage> overtaken = new ArrayList<>();
    /** How much a send's clock exceeds the timestamp its message carries (see {@link RunModel#setCarriedOffset}). */
    private int carriedOffset;
    private long maxLatencyMicros;
    /** Per channel, the quickest any message went from send to receive: the best estimate of its transit time. */
    private final long[][] minLatencyMicros;
    private long undelivered;
    private long lostInCrashes;

    MessageMatching(LaneData[] lanes) {
        this.vms = lanes.length;
        this.lanes = lanes;
        this.unreceivedSends = new IntQueue[vms][vms];
        this.receivesAwaitingSend = new IntQueue[vms][vms];
        this.unknownRecipients = new boolean[vms];
        this.minLatencyMicros = new long[vms][vms];
        for (long[] row : minLatencyMicros) {
            java.util.Arrays.fill(row, Long.MAX_VALUE);
        }
        for (int i = 0; i < vms; i++) {
            for (int j = 0; j < vms; j++) {
                unreceivedSends[i][j] = new IntQueue();
                receivesAwaitingSend[i][j] = new IntQueue();
            }
        }
        this.arrivalOrder = new ArrivalOrder(lanes, unreceivedSends);
    }

    /** A copy over the snapshot's lanes: the queues are copied, the lanes' arrays are the snapshot's. */
    MessageMatching copyOver(LaneData[] snapshotLanes) {
        MessageMatching copy = new MessageMatching(snapshotLanes);
        for (int i = 0; i < vms; i++) {
            copy.unknownRecipients[i] = unknownRecipients[i];
            for (int j = 0; j < vms; j++) {
                copy.unreceivedSends[i][j] = new IntQueue(unreceivedSends[i][j]);
                copy.receivesAwaitingSend[i][j] = new IntQueue(receivesAwaitingSend[i][j]);
            }
        }
        copy.arrivalOrder.copyFrom(arrivalOrder);
        copy.matchedByTimestamp.addAll(matchedByTimestamp);
        copy.overtaken.addAll(overtaken);
        copy.carriedOffset = carriedOffset;
        copy.maxLatencyMicros = maxLatencyMicros;
        for (int i = 0; i < vms; i++) {
            copy.minLatencyMicros[i] = minLatencyMicros[i].clone();
        }
        copy.undelivered = undelivered;
        copy.lostInCrashes = lostInCrashes;
        return copy;
    }

    void send(int vm, int index) {
        LaneData lane = lanes[vm];
        int recipients = lane.recipientMask(index);
        if (recipients == LaneData.UNKNOWN_RECIPIENTS) {
            unknownRecipients[vm] = true;
            return;
        }
        for (int to = 0; to < vms; to++) {
            if ((recipients & (1 << to)) == 0) {
                continue;
            }
            if (lane.undelivered(index, to)) {
                undelivered++;
            } else {
                matchSend(vm, to, index);
            }
        }
    }

    void receive(int vm, int index) {
        int from = lanes[vm].sender(index);
        long carried = lanes[vm].messageTimestamp(index);
        if (from >= 0 && from < vms && !unknownRecipients[from]) {
            matchReceive(from, vm, index);
        } else if (from < 0 && carried < 0) {
            arrivalOrder.anonymous(vm, index, carriedOffset);
        } else {
            matchByTimestamp(vm, index, from, carried);
        }
    }

    /** VM {@code vm} crashed: what was on its way to it or in its queue is lost. */
    void crashed(int vm) {
        for (int from = 0; from < vms; from++) {
            lostInCrashes += unreceivedSends[from][vm].clear();
            arrivalOrder.cleared(from, vm);
        }
    }

    /** VM {@code vm} reconnected to the restarted VM {@code to}: what it sent on the old channel and was never
     * received went down with the crashed process. */
    void reconnected(int vm, int to) {
        if (to >= 0 && to < vms) {
            lostInCrashes += unreceivedSends[vm][to].clear();
            arrivalOrder.cleared(vm, to);
        }
    }

    /** Whether a send on the channel that is not its oldest unreceived one carried {@code carried}. */
    private boolean laterSendCarried(IntQueue sends, int from, long carried) {
        for (int k = 1; k < Math.min(sends.size(), CHANNEL_SCAN_LIMIT); k++) {
            if (lanes[from].clock(sends.get(k)) == carried) {
                return true;
            }
        }
        return false;
    }

    List<LostMessage> overtaken() {
        return Collections.unmodifiableList(overtaken);
    }

    /** See {@link RunModel#mayHaveDiedWithSender}. */
    boolean mayHaveDiedWithSender(int from, int sendIndex, int to) {
        LaneData lane = lanes[from];
        boolean heldBack = lane.delayedTo(sendIndex, to);
        int end = (int) Math.min(lane.size(), (long) sendIndex + CRASH_SCAN_LIMIT);
        for (int i = sendIndex + 1; i < end; i++) {
            EventType type = lane.type(i);
            if (type == EventType.CRASH) {
                return true;
            }
            if (!heldBack && (type.isTick() || type == EventType.STOP)) {
                return false;
            }
        }
        return false;
    }

    void setCarriedOffset(int offset) {
        this.carriedOffset = offset;
    }

    int carriedOffset() {
        return carriedOffset;
    }

    long undelivered() {
        return undelivered;
    }

    long lostInCrashes() {
        return lostInCrashes;
    }

    /** The quickest message on the channel so far (its transit, with no wait in a queue); 0 before any. */
    long transitMicros(int from, int to) {
        long min = minLatencyMicros[from][to];
        return min == Long.MAX_VALUE ? 0 : min;
    }

    long maxLatencyMicros() {
        return maxLatencyMicros;
    }

    IntQueue unreceived(int from, int to) {
        return unreceivedSends[from][to];
    }

    ArrivalOrder arrivalOrder() {
        return arrivalOrder;
    }

    long retainedBytes() {
        long bytes = 0;
        for (int from = 0; from < vms; from++) {
            for (int to = 0; to < vms; to++) {
                bytes += unreceivedSends[from][to].retainedBytes() + receivesAwaitingSend[from][to].retainedBytes();
            }
        }
        return bytes + arrivalOrder.retainedBytes();
    }

    private void matchSend(int from, int to, int sendIndex) {
        IntQueue waiting = receivesAwaitingSend[from][to];
        if (waiting.isEmpty()) {
            unreceivedSends[from][to].add(sendIndex);
        } else {
            pair(from, sendIndex, to, waiting.poll());
        }
    }

    private void matchReceive(int from, int to, int receiveIndex) {
        IntQueue sends = unreceivedSends[from][to];
        long carried = lanes[to].messageTimestamp(receiveIndex);
        carried = carried < 0 ? carried : carried + carriedOffset;
        // A send whose message died with its crashed sender never arrives: the next receive on the channel carries a
        // later timestamp. Passing it over keeps the channel's FIFO matching right after a crash and restart.
        if (carried >= 0 && !sends.isEmpty() && lanes[from].clock(sends.get(0)) < carried
                && laterSendCarried(sends, from, carried)) {
            while (lanes[from].clock(sends.get(0)) < carried) {
                int lost = sends.poll();
                arrivalOrder.oldestTaken(from, to);
                if (mayHaveDiedWithSender(from, lost, to)) {
                    lostInCrashes++;
                } else {
                    overtaken.add(new LostMessage(from, lost, to));
                }
            }
        }
        if (sends.isEmpty()) {
            receivesAwaitingSend[from][to].add(receiveIndex);
        } else {
            arrivalOrder.oldestTaken(from, to);
            pair(from, sends.poll(), to, receiveIndex);
        }
    }


    private void matchByTimestamp(int to, int receiveIndex, int namedSender, long carried) {
        long receivedAt = lanes[to].time(receiveIndex);
        for (int from = 0; from < vms; from++) {
            boolean candidate = namedSender >= 0 ? from == namedSender : from != to;
            if (!candidate) {
                continue;
            }
            LaneData sender = lanes[from];
            int stop = Math.max(0, sender.size() - TIMESTAMP_SCAN_LIMIT);
            for (int i = sender.lastAtOrBefore(receivedAt); i >= stop; i--) {
                if (sender.type(i) == EventType.SEND && sender.clock(i) == carried + carriedOffset
                        && matchedByTimestamp.add(((long) (from * vms + to) << 32) | i)) {
                    lanes[to].setSender(receiveIndex, from);
                    pair(from, i, to, receiveIndex);
                    // A send that names its recipients waits on its channel: matched by timestamp, it has arrived.
                    arrivalOrder.takenAt(from, to, unreceivedSends[from][to].remove(i));
                    return;
                }
            }
        }
    }

    private void pair(int from, int sendIndex, int to, int receiveIndex) {
        lanes[to].setPartner(receiveIndex, sendIndex);
        long latency = lanes[to].time(receiveIndex) - lanes[from].time(sendIndex);
        maxLatencyMicros = Math.max(maxLatencyMicros, latency);
        minLatencyMicros[from][to] = Math.min(minLatencyMicros[from][to], Math.max(0, latency));
    }

}
