package scalemodels.sim;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import scalemodels.event.LogEvent;
import scalemodels.model.Message;
import scalemodels.model.RunSettings;
import scalemodels.model.TickOutcome;
import scalemodels.model.VmLogic;

/**
 * The model in virtual time, in one process: the same {@link VmLogic} as the VM processes, driven by a discrete-event
 * loop instead of sockets and clocks. Deterministic for a seed, event for event, including the order in which
 * messages arrive: every message takes exactly the network delay, a message arriving at the same instant as a tick is
 * already in the queue, and ties are broken by VM id, then by send order.
 */
public final class Simulator {
    /** Virtual time starts here (2000-01-01T00:00:00Z), so a simulated log never passes for a live one. */
    public static final long VIRTUAL_EPOCH_MICROS = 946_684_800_000_000L;
    public static final long DEFAULT_DELAY_MICROS = 1_000;
    public static final double MAX_DELAY_MILLIS = 60_000;

    private final RunSettings settings;
    private final long delayMicros;

    /**
     * @param settings    the run; its duration must be above 0 (virtual time has no Stop button)
     * @param delayMicros how long every message takes from send to arrival in the receiver's queue
     */
    public Simulator(RunSettings settings, long delayMicros) {
        if (settings.runsUntilStopped()) {
            throw new IllegalArgumentException("a simulation needs a duration above 0");
        }
        if (delayMicros < 0 || delayMicros > MAX_DELAY_MILLIS * 1000) {
            throw new IllegalArgumentException("network delay must be between 0 and " + (long) MAX_DELAY_MILLIS
                    + " ms");
        }
        this.settings = settings.requireValid();
        this.delayMicros = delayMicros;
    }

    /** A message on its way: due at {@code at}, ordered by time, then receiver, then send order. */
    private record Delivery(long at, int to, long seq, Message message) implements Comparable<Delivery> {
        @Override
        public int compareTo(Delivery o) {
            int c = Long.compare(at, o.at);
            if (c == 0) {
                c = Integer.compare(to, o.to);
            }
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /**
     * Runs the whole model and hands every event to {@code sink}, each VM's events in its own order (and all of them
     * in time order).
     *
     * @return the number of events handed over, start and stop lines included
     */
    public long run(Consumer<LogEvent> consumer) {
        int n = settings.vms();
        long epoch = VIRTUAL_EPOCH_MICROS;
        // Each VM stamps its lines with its own wall clock (--clock-skew), as the VM processes do; virtual time,
        // and so every draw and every delivery, stays the same.
        Consumer<LogEvent> sink = settings.clockSkew().none() ? consumer : e -> consumer.accept(new LogEvent(
                settings.clockSkew().stamp(e.vm(), e.timeMicros(), epoch), e.vm(), e.tick(), e.clock(), e.queue(),
                e.detail(), e.vc()));
        VmLogic[] vms = new VmLogic[n];
        @SuppressWarnings("unchecked")
        ArrayDeque<Message>[] queues = new ArrayDeque[n];
        double[] ticksPerSecond = new double[n];
        long[] nextTick = new long[n];
        long[] nextOffset = new long[n];
        long durationMicros = Math.round(settings.durationSeconds() * 1e6);
        long events = 0;
        for (int vm = 0; vm < n; vm++) {
            vms[vm] = new VmLogic(vm, settings);
            queues[vm] = new ArrayDeque<>();
            ticksPerSecond[vm] = vms[vm].rate() * settings.speed();
            nextTick[vm] = 1;
            nextOffset[vm] = offset(1, ticksPerSecond[vm]);
            sink.accept(vms[vm].startEvent(epoch, settings.speed()));
            events++;
        }
        PriorityQueue<Delivery> inFlight = new PriorityQueue<>();
        long seq = 0;
        while (true) {
            int vm = -1;
            long at = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (nextOffset[i] < durationMicros && nextOffset[i] < at) {
                    at = nextOffset[i];
                    vm = i;
                }
            }
            if (vm < 0) {
                break;
            }
            while (!inFlight.isEmpty() && inFlight.peek().at() <= at) {
                Delivery d = inFlight.poll();
                queues[d.to()].addLast(d.message());
            }
            Message taken = queues[vm].pollFirst();
            TickOutcome outcome = vms[vm].onTick(epoch + at, taken, queues[vm].size());
            sink.accept(outcome.event());
            events++;
            for (int to : outcome.recipients()) {
                inFlight.add(new Delivery(at + delayMicros, to, seq++, outcome.outgoing()));
            }
            nextTick[vm]++;
            nextOffset[vm] = offset(nextTick[vm], ticksPerSecond[vm]);
        }
        while (!inFlight.isEmpty() && inFlight.peek().at() <= durationMicros) {
            Delivery d = inFlight.poll();
            queues[d.to()].addLast(d.message());
        }
        for (int vm = 0; vm < n; vm++) {
            sink.accept(vms[vm].stopEvent(epoch + durationMicros, queues[vm].size()));
            events++;
        }
        return events;
    }

    /** Tick k's offset from the start, as in the VM processes' schedule: tick 1 at the start (microseconds here). */
    private static long offset(long k, double ticksPerSecond) {
        return Math.round((k - 1) * 1e6 / ticksPerSecond);
    }
}
