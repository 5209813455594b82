package scalemodels.timeline;

import java.util.Arrays;

import scalemodels.log.EventDetail;
import scalemodels.log.EventType;
import scalemodels.log.LogEvent;
import scalemodels.supervisor.VmStatus;

/**
 * A run as the timeline shows it: one {@link LaneData} per VM and every message matched from its send to its receive
 * on the channel's FIFO order. Events may arrive from different VMs in any interleaving (a receive can even be
 * delivered before its send); matching waits for whichever side comes second.
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
    private long startMicros = Long.MAX_VALUE;
    private long lastEventMicros;
    private long events;
    private long lostEvents;
    private long ignoredEvents;
    private long maxLatencyMicros;
    private long version;

    public RunModel(int vms) {
        this.vms = vms;
        this.lanes = new LaneData[vms];
        this.unreceivedSends = new IntQueue[vms][vms];
        this.receivesAwaitingSend = new IntQueue[vms][vms];
        this.statuses = new VmStatus[vms];
        this.nextTick = new long[vms];
        for (int i = 0; i < vms; i++) {
            lanes[i] = new LaneData(vms);
            statuses[i] = VmStatus.STARTING;
            for (int j = 0; j < vms; j++) {
                unreceivedSends[i][j] = new IntQueue();
                receivesAwaitingSend[i][j] = new IntQueue();
            }
        }
    }

    public void add(LogEvent e) {
        if (e.vm() < 0 || e.vm() >= vms) {
            ignoredEvents++;
            return;
        }
        LaneData lane = lanes[e.vm()];
        int index = lane.add(e);
        events++;
        version++;
        startMicros = Math.min(startMicros, e.timeMicros());
        lastEventMicros = Math.max(lastEventMicros, e.timeMicros());
        countTicks(e);
        EventDetail detail = e.detail();
        if (detail instanceof EventDetail.Send send) {
            for (int to : send.to()) {
                if (to >= 0 && to < vms) {
                    matchSend(e.vm(), to, index);
                }
            }
        } else if (detail instanceof EventDetail.Receive receive && receive.from() >= 0 && receive.from() < vms) {
            matchReceive(receive.from(), e.vm(), index);
        }
        if (e.type() == EventType.START) {
            statuses[e.vm()] = VmStatus.RUNNING;
        }
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

    /** Bytes held by all lanes' arrays. */
    public long retainedBytes() {
        return Arrays.stream(lanes).mapToLong(LaneData::retainedBytes).sum();
    }

    private void countTicks(LogEvent e) {
        int vm = e.vm();
        EventType type = e.type();
        if (type == EventType.START || type == EventType.STOP) {
            return;
        }
        long expected = nextTick[vm] == 0 ? 1 : nextTick[vm];
        if (e.tick() > expected) {
            lostEvents += e.tick() - expected;
        }
        nextTick[vm] = e.tick() + 1;
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
        if (sends.isEmpty()) {
            receivesAwaitingSend[from][to].add(receiveIndex);
        } else {
            pair(from, sends.poll(), to, receiveIndex);
        }
    }

    private void pair(int from, int sendIndex, int to, int receiveIndex) {
        lanes[to].setPartner(receiveIndex, sendIndex);
        long latency = lanes[to].time(receiveIndex) - lanes[from].time(sendIndex);
        maxLatencyMicros = Math.max(maxLatencyMicros, latency);
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
