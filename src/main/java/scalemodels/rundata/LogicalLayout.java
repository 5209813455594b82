package scalemodels.rundata;

import java.util.Arrays;

import scalemodels.event.LogEvent;

/**
 * A run laid out on a logical axis instead of real time: a copy of the run (same lanes, same indices, same messages)
 * whose event times are replaced by positions, so the timeline draws it with its usual code.
 *
 * <ul>
 *   <li>{@link Axis#LAMPORT}: x is the Lamport clock, one clock value per {@link #UNIT}; events with the same clock on
 *       different VMs stand side by side in VM order within that unit.</li>
 *   <li>{@link Axis#TOTAL_ORDER}: events numbered 1..n in Lamport's total order (clock, then VM id), one per unit.</li>
 * </ul>
 * A lane's positions never go back (a line after a tick with the same clock, such as a stop or a pause, stands just
 * after it; a log that breaks the clock rules keeps its own order), as the timeline's binary searches need. A live
 * run is followed by {@link #update()}: on the Lamport axis by adding the new events, on the total order by laying
 * the run out again (a new event can take a place before older ones).
 */
public final class LogicalLayout {
    /** The axes the timeline can lay a run out on. */
    public enum Axis {
        REAL_TIME, LAMPORT, TOTAL_ORDER
    }

    /** One clock value (or one place in the total order) in the copy's time unit, microseconds. */
    public static final long UNIT = 1_000_000;

    private final RunModel source;
    private final Axis axis;
    private RunModel laidOut;
    private int[] copied;
    private long[] lastPosition;
    private long sourceVersion = -1;

    public LogicalLayout(RunModel source, Axis axis) {
        if (axis == Axis.REAL_TIME) {
            throw new IllegalArgumentException("real time needs no layout: draw the run itself");
        }
        this.source = source;
        this.axis = axis;
        update();
    }

    public Axis axis() {
        return axis;
    }

    public RunModel source() {
        return source;
    }

    /** The laid-out copy as of the last {@link #update()}. */
    public RunModel model() {
        return laidOut;
    }

    /** Brings the copy up to the source's events; true when it changed. */
    public boolean update() {
        if (source.version() == sourceVersion) {
            return false;
        }
        sourceVersion = source.version();
        if (axis == Axis.TOTAL_ORDER || laidOut == null) {
            rebuild();
        } else {
            appendNew();
        }
        return true;
    }

    private void rebuild() {
        int n = source.vms();
        laidOut = new RunModel(n);
        copied = new int[n];
        lastPosition = new long[n];
        Arrays.fill(lastPosition, Long.MIN_VALUE);
        long[] ranks = axis == Axis.TOTAL_ORDER ? totalOrderRanks() : null;
        int[] offsets = new int[n];
        for (int vm = 1; vm < n; vm++) {
            offsets[vm] = offsets[vm - 1] + source.lane(vm - 1).size();
        }
        // Added in the source's time order, so that each receive finds its send as it did in the source.
        source.forEachInTimeOrder((vm, i) -> add(vm, i, ranks == null ? -1 : ranks[offsets[vm] + i]));
    }

    private void appendNew() {
        int n = source.vms();
        int[] next = copied.clone();
        while (true) { // the new events of all lanes merged by time: a receive after its send
            int vm = -1;
            for (int k = 0; k < n; k++) {
                if (next[k] < source.lane(k).size()
                        && (vm < 0 || source.lane(k).time(next[k]) < source.lane(vm).time(next[vm]))) {
                    vm = k;
                }
            }
            if (vm < 0) {
                return;
            }
            add(vm, next[vm]++, -1);
        }
    }

    private void add(int vm, int i, long rank) {
        LaneData lane = source.lane(vm);
        long position = rank >= 0 ? rank * UNIT
                : lane.clock(i) * UNIT + vm * (UNIT / (source.vms() + 1));
        position = Math.max(position, lastPosition[vm] + 1);
        lastPosition[vm] = position;
        LogEvent e = lane.toEvent(vm, i);
        laidOut.add(new LogEvent(position, e.vm(), e.tick(), e.clock(), e.queue(), e.detail(), e.vc()));
        copied[vm] = Math.max(copied[vm], i + 1);
    }

    /** Each event's number in the total order (clock, then VM id, then its place in its lane), from 1. */
    private long[] totalOrderRanks() {
        int n = source.vms();
        int total = 0;
        for (int vm = 0; vm < n; vm++) {
            total += source.lane(vm).size();
        }
        long[] keys = new long[total];
        int k = 0;
        for (int vm = 0; vm < n; vm++) {
            LaneData lane = source.lane(vm);
            for (int i = 0; i < lane.size(); i++) {
                keys[k++] = lane.clock(i);
            }
        }
        Integer[] order = new Integer[total];
        for (int j = 0; j < total; j++) {
            order[j] = j;
        }
        // Flat index order is (VM, place in lane), so a stable sort by clock is (clock, VM id, place).
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        long[] ranks = new long[total];
        for (int r = 0; r < total; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }
}
