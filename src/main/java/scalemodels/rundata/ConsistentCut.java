package scalemodels.rundata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import scalemodels.event.EventType;

/**
 * A cut across the lanes: for each VM, how many of its events come before it (its frontier). The cut is consistent
 * when no message is received before it but sent after it, so that it could be a moment of the run seen from
 * outside; the global state at a cut is each VM's clock and vector at its last event before the cut, its queue, and
 * the messages sent before the cut and taken off a queue after it (on the wire, or waiting in the queue).
 *
 * <p>Channels are FIFO (messages are matched so), so a channel's check needs only the last receive before the cut:
 * if its send is inside, every earlier one is too.
 */
public final class ConsistentCut {
    private final RunModel model;
    private final int[] frontier;

    /** A message that crosses the cut backwards: received before it, sent after it. */
    public record Crossing(EventRef send, EventRef receive) {
    }

    /**
     * Messages sent before the cut on one channel and taken off the receiver's queue after it (or never).
     *
     * @param count all of them
     * @param sends the oldest few
     */
    public record InFlight(int from, int to, int count, List<EventRef> sends) {
    }

    public ConsistentCut(RunModel model, int[] frontier) {
        this.model = model;
        this.frontier = frontier.clone();
        for (int vm = 0; vm < frontier.length; vm++) {
            this.frontier[vm] = Math.max(0, Math.min(frontier[vm], model.lane(vm).size()));
        }
    }

    /** The vertical cut at {@code time} in the model's own time: every event at or before it is inside. */
    public static ConsistentCut at(RunModel model, long time) {
        int[] frontier = new int[model.vms()];
        for (int vm = 0; vm < frontier.length; vm++) {
            frontier[vm] = model.lane(vm).lastAtOrBefore(time) + 1;
        }
        return new ConsistentCut(model, frontier);
    }

    public int[] frontier() {
        return frontier.clone();
    }

    /** The same cut with one VM's frontier moved. */
    public ConsistentCut withFrontier(int vm, int events) {
        int[] moved = frontier.clone();
        moved[vm] = events;
        return new ConsistentCut(model, moved);
    }

    public boolean consistent() {
        return crossings(1).isEmpty();
    }

    /** Up to {@code limit} messages received before the cut but sent after it. */
    public List<Crossing> crossings(int limit) {
        List<Crossing> found = new ArrayList<>();
        for (int to = 0; to < model.vms(); to++) {
            LaneData lane = model.lane(to);
            int[] last = lastReceives(to);
            for (int from = 0; from < model.vms(); from++) {
                // FIFO: the receives that cross are the last ones of their channel inside the cut.
                for (int i = last[from]; i >= 0 && found.size() < limit; i--) {
                    if (lane.type(i) == EventType.RECEIVE && lane.sender(i) == from && lane.partner(i) >= 0) {
                        if (lane.partner(i) < frontier[from]) {
                            break;
                        }
                        found.add(new Crossing(new EventRef(from, lane.partner(i)), new EventRef(to, i)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The latest consistent cut inside this one: each receive that crosses is left out (its VM's frontier moves back
     * to it), again until nothing crosses, since leaving out a receive leaves out the sends after it too.
     */
    public ConsistentCut latestConsistentBefore() {
        int[] moved = frontier.clone();
        ConsistentCut cut = this;
        for (List<Crossing> crossing = cut.crossings(Integer.MAX_VALUE); !crossing.isEmpty();
             crossing = cut.crossings(Integer.MAX_VALUE)) {
            for (Crossing c : crossing) {
                moved[c.receive().lane()] = Math.min(moved[c.receive().lane()], c.receive().index());
            }
            cut = new ConsistentCut(model, moved);
        }
        return cut;
    }

    /**
     * Per channel, the messages sent before the cut and taken off the receiver's queue after it (or not yet):
     * their count and the oldest {@code limit} of them. Sends whose recipients the log does not name are left out.
     */
    public List<InFlight> inFlight(int limit) {
        List<InFlight> channels = new ArrayList<>();
        for (int to = 0; to < model.vms(); to++) {
            int[] last = lastReceives(to);
            for (int from = 0; from < model.vms(); from++) {
                if (from == to) {
                    continue;
                }
                LaneData sender = model.lane(from);
                int receivedUpTo = last[from] < 0 ? -1 : model.lane(to).partner(last[from]);
                List<EventRef> sends = new ArrayList<>();
                int count = 0;
                for (int s = frontier[from] - 1; s > receivedUpTo; s--) {
                    if (sender.type(s) == EventType.SEND && deliveredTo(sender, s, to)) {
                        count++;
                        sends.add(0, new EventRef(from, s));
                        if (sends.size() > limit) {
                            sends.remove(sends.size() - 1);
                        }
                    }
                }
                if (count > 0) {
                    channels.add(new InFlight(from, to, count, sends));
                }
            }
        }
        return channels;
    }

    private static boolean deliveredTo(LaneData sender, int s, int to) {
        int mask = sender.recipientMask(s);
        int lost = sender.failedMask(s) | sender.droppedMask(s);
        return mask != LaneData.UNKNOWN_RECIPIENTS && (mask & (1 << to)) != 0 && (lost & (1 << to)) == 0;
    }

    /** For each sender, the index of the last receive from it inside the cut on lane {@code to}, or -1. */
    private int[] lastReceives(int to) {
        int[] last = new int[model.vms()];
        Arrays.fill(last, -1);
        LaneData lane = model.lane(to);
        int left = model.vms() - 1;
        for (int i = frontier[to] - 1; i >= 0 && left > 0; i--) {
            int from = lane.type(i) == EventType.RECEIVE ? lane.sender(i) : -1;
            if (from >= 0 && from < last.length && last[from] < 0 && lane.partner(i) >= 0) {
                last[from] = i;
                left--;
            }
        }
        return last;
    }

    /** The VM's last event inside the cut, or -1 when none is. */
    public int lastInside(int vm) {
        return frontier[vm] - 1;
    }
}
