package scalemodels.rundata;

import java.nio.file.Path;
import java.util.Arrays;

import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.model.VmStatus;

/**
 * A run as the timeline shows it: one {@link LaneData} per VM and every message matched from its send to its receive
 * ({@link MessageMatching}: FIFO per channel, whichever side comes second; by timestamp where imported logs do not
 * name senders or recipients). Confined to one thread (the FX thread in the window); plain Java.
 */
public final class RunModel {
    private final int vms;
    private final LaneData[] lanes;
    private final MessageMatching messages;
    private final VmStatus[] statuses;
    private final long[] nextTick;
    private final Path[] sources;
    private final boolean[] lamportUnknown;
    private long startMicros = Long.MAX_VALUE;
    private long lastEventMicros;
    private long events;
    private long lostEvents;
    private long ignoredEvents;
    private long version;

    public RunModel(int vms) {
        this.vms = vms;
        this.lanes = new LaneData[vms];
        this.statuses = new VmStatus[vms];
        this.nextTick = new long[vms];
        this.sources = new Path[vms];
        this.lamportUnknown = new boolean[vms];
        for (int i = 0; i < vms; i++) {
            lanes[i] = new LaneData(vms);
            statuses[i] = VmStatus.STARTING;
        }
        this.messages = new MessageMatching(lanes);
    }

    private RunModel(RunModel live) {
        this.vms = live.vms;
        this.lanes = new LaneData[vms];
        for (int i = 0; i < vms; i++) {
            lanes[i] = live.lanes[i].snapshot();
        }
        this.messages = live.messages.copyOver(lanes);
        this.statuses = live.statuses.clone();
        this.nextTick = live.nextTick.clone();
        this.sources = live.sources.clone();
        this.lamportUnknown = live.lamportUnknown.clone();
        this.startMicros = live.startMicros;
        this.lastEventMicros = live.lastEventMicros;
        this.events = live.events;
        this.lostEvents = live.lostEvents;
        this.ignoredEvents = live.ignoredEvents;
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
        // An exhaustive switch: a new kind does not compile until it says how it changes the VM and its messages.
        VmStatus status = switch (type) {
            case SEND -> {
                messages.send(vm, index);
                yield null;
            }
            case RECEIVE -> {
                messages.receive(vm, index);
                yield null;
            }
            case START, RESUME, RESTART -> VmStatus.RUNNING;
            case PAUSE -> VmStatus.PAUSED;
            case CRASH -> {
                messages.crashed(vm);
                yield VmStatus.CRASHED;
            }
            case RECONNECT -> {
                messages.reconnected(vm, lane.reconnectedTo(index));
                yield null;
            }
            case INTERNAL, STOP, FAULT -> null;
        };
        if (status != null) {
            statuses[vm] = status;
        }
    }

    /** Messages that never arrived although a later message on the same channel did, in the order found. */
    public java.util.List<LostMessage> overtaken() {
        return messages.overtaken();
    }

    /**
     * Whether the message of send {@code sendIndex} to {@code to} may have died with its sender. A VM logs a send
     * before any byte of it leaves (write-ahead), so when the next thing in its log is its crash, the message may
     * never have been sent; a message held back by a delay fault dies with a crash that comes before its release.
     */
    public boolean mayHaveDiedWithSender(int from, int sendIndex, int to) {
        return messages.mayHaveDiedWithSender(from, sendIndex, to);
    }

    /** Messages carry the clock from before the send's increment (send at 5 carried 4); set before any event. */
    public void setCarriedOffset(int offset) {
        messages.setCarriedOffset(offset);
    }

    public int carriedOffset() {
        return messages.carriedOffset();
    }

    /** Messages a send marked as not delivered: the peer was gone, or a fault dropped them. */
    public long undelivered() {
        return messages.undelivered();
    }

    /** Messages that were in flight or queued at a VM when it crashed, and so never received. */
    public long lostInCrashes() {
        return messages.lostInCrashes();
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

    /** Sends on channel {@code from -> to} no receive is matched with yet, oldest first: what the rule check judges. */
    public UnreceivedSends unreceived(int from, int to) {
        return new UnreceivedSends(messages.unreceived(from, to));
    }

    /** Messages that no receive took, over all channels: in flight or waiting in a queue. */
    public long inFlight() {
        return messages.arrivalOrder().inFlight();
    }

    /** For the window: the messages taken by receives whose logs name neither sender nor timestamp, and the rest. */
    public ArrivalOrder arrivalOrder() {
        return messages.arrivalOrder();
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

    /** A message's time from send to VM {@code to}'s queue: the channel's quickest so far (0 before any). */
    public long transitMicros(int from, int to) {
        return messages.transitMicros(from, to);
    }

    /** The longest time any message took from send to receive so far. */
    public long maxLatencyMicros() {
        return messages.maxLatencyMicros();
    }

    /** Changes whenever anything drawn changes: the view redraws only when it moved. */
    public long version() {
        return version;
    }

    public boolean isEmpty() {
        return events == 0;
    }

    /** Every event in time order, each lane's order kept (ties: lower VM first), packed {@code lane << 32 | index}. */
    public long[] timeOrder() {
        return TimeOrder.packed(lanes);
    }

    /** Links every event of lanes that were filled directly (a loaded run), in the order they happened. */
    void linkLoaded() {
        forEachInTimeOrder(this::link);
    }

    /** Visits every event in the order of {@link #timeOrder()}, without building that array. */
    public void forEachInTimeOrder(LaneVisitor visit) {
        TimeOrder.forEach(lanes, visit);
    }

    /** Bytes held by all lanes' arrays and the queues of messages not yet received. */
    public long retainedBytes() {
        return Arrays.stream(lanes).mapToLong(LaneData::retainedBytes).sum() + messages.retainedBytes();
    }

    private void countTick(int vm, long tick) {
        long expected = nextTick[vm] == 0 ? 1 : nextTick[vm];
        if (tick > expected) {
            lostEvents += tick - expected;
        }
        nextTick[vm] = tick + 1;
    }
}
