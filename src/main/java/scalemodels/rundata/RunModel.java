package scalemodels.rundata;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.model.VmStatus;

/**
 * A run as the timeline shows it: one {@link LaneData} per VM and every message matched from its send to its receive
 * on the channel's FIFO order. Events may arrive from different VMs in any interleaving (a receive can even be
 * delivered before its send); matching waits for whichever side comes second.
 *
 * <p>Imported logs may not name a receive's sender or a send's recipients; such receives are matched by timestamp
 * instead: the latest earlier send (from the named sender, or from any other VM) that carried the received value.
 *
 * <p>Confined to one thread (the FX thread in the window); plain Java so that it is tested without a display.
 */
public final class RunModel {
    private final int vms;
    private final LaneData[] lanes;
    private final IntQueue[][] unreceivedSends;
    private final IntQueue[][] receivesAwaitingSend;
    private final VmStatus[] statuses;
    private final long[] nextTick;
    private final Path[] sources;
    private final boolean[] unknownRecipients;
    private final boolean[] lamportUnknown;
    /** Sends already matched by timestamp, per receiver: (sender lane, receiver) << 32 | send index. */
    private final Set<Long> matchedByTimestamp = new HashSet<>();
    private final java.util.List<LostMessage> overtaken = new java.util.ArrayList<>();
    /** How much a send's clock exceeds the timestamp its message carries: 0, or 1 where messages carry the clock
     * from before the send's increment (a convention some implementations have; see {@link #setCarriedOffset}). */
    private int carriedOffset;
    private long startMicros = Long.MAX_VALUE;
    private long lastEventMicros;
    private long events;
    private long lostEvents;
    private long ignoredEvents;
    private long maxLatencyMicros;
    private long undelivered;
    private long lostInCrashes;
    private long version;

    public RunModel(int vms) {
        this.vms = vms;
        this.lanes = new LaneData[vms];
        this.unreceivedSends = new IntQueue[vms][vms];
        this.receivesAwaitingSend = new IntQueue[vms][vms];
        this.statuses = new VmStatus[vms];
        this.nextTick = new long[vms];
        this.sources = new Path[vms];
        this.unknownRecipients = new boolean[vms];
        this.lamportUnknown = new boolean[vms];
        for (int i = 0; i < vms; i++) {
            lanes[i] = new LaneData(vms);
            statuses[i] = VmStatus.STARTING;
            for (int j = 0; j < vms; j++) {
                unreceivedSends[i][j] = new IntQueue();
                receivesAwaitingSend[i][j] = new IntQueue();
            }
        }
    }

    private RunModel(RunModel live) {
        this.vms = live.vms;
        this.lanes = new LaneData[vms];
        this.unreceivedSends = new IntQueue[vms][vms];
        this.receivesAwaitingSend = new IntQueue[vms][vms];
        for (int i = 0; i < vms; i++) {
            lanes[i] = live.lanes[i].snapshot();
            for (int j = 0; j < vms; j++) {
                unreceivedSends[i][j] = new IntQueue(live.unreceivedSends[i][j]);
                receivesAwaitingSend[i][j] = new IntQueue(live.receivesAwaitingSend[i][j]);
            }
        }
        this.statuses = live.statuses.clone();
        this.nextTick = live.nextTick.clone();
        this.sources = live.sources.clone();
        this.unknownRecipients = live.unknownRecipients.clone();
        this.lamportUnknown = live.lamportUnknown.clone();
        this.matchedByTimestamp.addAll(live.matchedByTimestamp);
        this.overtaken.addAll(live.overtaken);
        this.carriedOffset = live.carriedOffset;
        this.startMicros = live.startMicros;
        this.lastEventMicros = live.lastEventMicros;
        this.events = live.events;
        this.lostEvents = live.lostEvents;
        this.ignoredEvents = live.ignoredEvents;
        this.maxLatencyMicros = live.maxLatencyMicros;
        this.undelivered = live.undelivered;
        this.lostInCrashes = live.lostInCrashes;
        this.version = live.version;
    }

    /**
     * The run as it is now, to analyse on another thread while this model keeps taking events on its own: costs
     * about the messages in flight, not the events (the lanes' arrays are shared, see {@link LaneData#snapshot()}).
     * Only to be read; adding to it is not supported.
     */
    public RunModel snapshot() {
        return new RunModel(this);
    }

    /** Adds a streamed event; its line in the VM's log is the lane's next line. */
    public void add(LogEvent e) {
        add(e, e.vm() >= 0 && e.vm() < vms ? lanes[e.vm()].size() + 1 : 0);
    }

    /**
     * Adds an event read from line {@code line} of its lane's source file.
     *
     * @return its index in its lane, or -1 when its VM id is outside the run
     */
    public int add(LogEvent e, int line) {
        if (e.vm() < 0 || e.vm() >= vms) {
            ignoredEvents++;
            return -1;
        }
        int index = lanes[e.vm()].add(e, line);
        link(e.vm(), index);
        return index;
    }

    /**
     * Takes in an event already in its lane: counts it and matches it with its send or receive. Live, each event is
     * linked as it arrives; a loaded run fills its lanes first (in parallel) and links them in time order after.
     */
    void link(int vm, int index) {
        LaneData lane = lanes[vm];
        EventType type = lane.type(index);
        long time = lane.time(index);
        events++;
        version++;
        startMicros = Math.min(startMicros, time);
        lastEventMicros = Math.max(lastEventMicros, time);
        if (type.isTick()) {
            countTick(vm, lane.tick(index));
        }
        switch (type) {
            case SEND -> linkSend(vm, index);
            case RECEIVE -> linkReceive(vm, index);
            case START, RESUME, RESTART -> statuses[vm] = VmStatus.RUNNING;
            case PAUSE -> statuses[vm] = VmStatus.PAUSED;
            case CRASH -> {
                statuses[vm] = VmStatus.CRASHED;
                lostInCrashes += forgetMessagesTo(vm);
            }
            case RECONNECT -> {
                // What this VM sent on its old channel to the restarted VM and was never received went down with it.
                int to = lane.reconnectedTo(index);
                if (to >= 0 && to < vms) {
                    lostInCrashes += unreceivedSends[vm][to].clear();
                }
            }
            default -> {
            }
        }
    }

    private void linkSend(int vm, int index) {
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

    private void linkReceive(int vm, int index) {
        int from = lanes[vm].sender(index);
        if (from >= 0 && from < vms && !unknownRecipients[from]) {
            matchReceive(from, vm, index);
        } else {
            matchByTimestamp(vm, index, from, lanes[vm].messageTimestamp(index));
        }
    }

    /** Sends scanned on one channel for the one a receive carried. */
    private static final int CHANNEL_SCAN_LIMIT = 10_000;

    /** Whether a send on the channel that is not its oldest unreceived one carried {@code carried}. */
    private boolean laterSendCarried(IntQueue sends, int from, long carried) {
        for (int k = 1; k < Math.min(sends.size(), CHANNEL_SCAN_LIMIT); k++) {
            if (lanes[from].clock(sends.get(k)) == carried) {
                return true;
            }
        }
        return false;
    }

    /** Messages that never arrived although a later message on the same channel did, in the order found. */
    public java.util.List<LostMessage> overtaken() {
        return java.util.Collections.unmodifiableList(overtaken);
    }

    /** Events scanned after a held-back send for its sender's crash; a delay fault lasts seconds, not this many. */
    private static final int CRASH_SCAN_LIMIT = 100_000;

    /**
     * Whether the message of send {@code sendIndex} to {@code to} may have died with its sender. A VM logs a send
     * before any byte of it leaves (write-ahead), so when the next thing in its log is its crash, the message may
     * never have been sent; a message held back by a delay fault dies with a crash that comes before its release.
     */
    public boolean mayHaveDiedWithSender(int from, int sendIndex, int to) {
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

    /**
     * Declares that messages carry the sender's clock from before its send's increment (a send logged at clock 5
     * carried 4), so receives are matched to the send whose clock is one above what they carried. Set before any
     * event is added.
     */
    public void setCarriedOffset(int offset) {
        this.carriedOffset = offset;
    }

    public int carriedOffset() {
        return carriedOffset;
    }

    /** Messages a send marked as not delivered: the peer was gone, or a fault dropped them. */
    public long undelivered() {
        return undelivered;
    }

    /** Messages that were in flight or queued at a VM when it crashed, and so never received. */
    public long lostInCrashes() {
        return lostInCrashes;
    }

    private int forgetMessagesTo(int vm) {
        int lost = 0;
        for (int from = 0; from < vms; from++) {
            lost += unreceivedSends[from][vm].clear();
        }
        return lost;
    }

    /** The file a lane was read from (or is being written to), for messages naming file and line. */
    public void setSource(int vm, Path file) {
        sources[vm] = file;
    }

    public Path source(int vm) {
        return sources[vm] != null ? sources[vm] : Path.of("vm_" + vm + ".log");
    }

    /** An imported lane whose log has no Lamport clocks (the lane shows its own vector entry instead). */
    public void markLamportUnknown(int vm) {
        lamportUnknown[vm] = true;
    }

    public boolean lamportKnown(int vm) {
        return !lamportUnknown[vm];
    }

    /** A rate known from elsewhere than a start line (an imported log's header). */
    public void setRate(int vm, int rate) {
        lanes[vm].setRate(rate);
    }

    /** Fields of an imported event that Scale Models has no column for. */
    public void setExtra(int vm, int index, String text) {
        lanes[vm].setExtra(index, text);
    }

    public void setStatus(int vm, VmStatus status) {
        if (vm >= 0 && vm < vms && statuses[vm] != status) {
            statuses[vm] = status;
            version++;
        }
    }

    public int vms() {
        return vms;
    }

    public LaneData lane(int vm) {
        return lanes[vm];
    }

    public VmStatus status(int vm) {
        return statuses[vm];
    }

    /** Sends on channel {@code from -> to} whose receive has not happened yet, oldest first (lane indices). */
    public IntQueueView unreceived(int from, int to) {
        return new IntQueueView(unreceivedSends[from][to]);
    }

    /** Messages sent and not yet received, over all channels: in flight or waiting in a queue. */
    public long inFlight() {
        long total = 0;
        for (IntQueue[] row : unreceivedSends) {
            for (IntQueue q : row) {
                total += q.size();
            }
        }
        return total;
    }

    /** Earliest event time; {@link Long#MAX_VALUE} while empty. */
    public long startMicros() {
        return startMicros;
    }

    public long lastEventMicros() {
        return lastEventMicros;
    }

    public long events() {
        return events;
    }

    /** Events missing from the stream, counted from gaps in each VM's tick numbers. Must be 0. */
    public long lostEvents() {
        return lostEvents;
    }

    /** Lines for VM ids outside the run (never expected; counted rather than trusted). */
    public long ignoredEvents() {
        return ignoredEvents;
    }

    /** The longest time any message took from send to receive so far. */
    public long maxLatencyMicros() {
        return maxLatencyMicros;
    }

    /** Changes whenever anything drawn changes: the view redraws only when it moved. */
    public long version() {
        return version;
    }

    public boolean isEmpty() {
        return events == 0;
    }

    /**
     * Every event in time order, each lane's own order kept (ties go to the lower VM id): packed as
     * {@code lane << 32 | index}. For walking the whole run as it happened (drift, replay).
     */
    public long[] timeOrder() {
        int total = 0;
        for (LaneData lane : lanes) {
            total += lane.size();
        }
        long[] order = new long[total];
        int[] k = {0};
        forEachInTimeOrder((vm, index) -> order[k[0]++] = ((long) vm << 32) | index);
        return order;
    }

    /** Links every event of lanes that were filled directly (a loaded run), in the order they happened. */
    void linkLoaded() {
        forEachInTimeOrder(this::link);
    }

    /** Visits every event in the order of {@link #timeOrder()}, without building that array. */
    public void forEachInTimeOrder(LaneVisitor visit) {
        int[] next = new int[vms];
        while (true) {
            int best = -1;
            long earliest = Long.MAX_VALUE;
            for (int vm = 0; vm < vms; vm++) {
                if (next[vm] < lanes[vm].size() && lanes[vm].time(next[vm]) < earliest) {
                    earliest = lanes[vm].time(next[vm]);
                    best = vm;
                }
            }
            if (best < 0) {
                return;
            }
            visit.visit(best, next[best]++);
        }
    }

    /** Bytes held by all lanes' arrays and the queues of messages not yet received. */
    public long retainedBytes() {
        long queues = 0;
        for (int from = 0; from < vms; from++) {
            for (int to = 0; to < vms; to++) {
                queues += unreceivedSends[from][to].retainedBytes() + receivesAwaitingSend[from][to].retainedBytes();
            }
        }
        return Arrays.stream(lanes).mapToLong(LaneData::retainedBytes).sum() + queues;
    }

    private void countTick(int vm, long tick) {
        long expected = nextTick[vm] == 0 ? 1 : nextTick[vm];
        if (tick > expected) {
            lostEvents += tick - expected;
        }
        nextTick[vm] = tick + 1;
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
            pair(from, sends.poll(), to, receiveIndex);
        }
    }

    /** Scan limit when looking for a send by its timestamp, so broken logs cannot make loading quadratic. */
    private static final int TIMESTAMP_SCAN_LIMIT = 20_000;

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
                    unreceivedSends[from][to].remove(i);
                    return;
                }
            }
        }
    }

    private void pair(int from, int sendIndex, int to, int receiveIndex) {
        lanes[to].setPartner(receiveIndex, sendIndex);
        long latency = lanes[to].time(receiveIndex) - lanes[from].time(sendIndex);
        maxLatencyMicros = Math.max(maxLatencyMicros, latency);
    }

    /** Receives an event as its lane and its index in that lane. */
    @FunctionalInterface
    public interface LaneVisitor {
        void visit(int vm, int index);
    }

    /** Read-only access to one channel's unreceived sends. */
    public static final class IntQueueView {
        private final IntQueue queue;

        IntQueueView(IntQueue queue) {
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
}
