package scalemodels.rundata;

import java.util.List;
import java.util.StringJoiner;

/** What the window says about a cut: consistent or not and why, and the global state it captures. */
public final class CutExplanation {
    /** Messages named per channel at most; the rest are counted. */
    static final int NAMED = 4;

    private CutExplanation() {
    }

    public static String of(RunModel model, CausalOrder order, ConsistentCut cut) {
        StringBuilder text = new StringBuilder();
        List<ConsistentCut.Crossing> crossings = cut.crossings(NAMED + 1);
        boolean unlinked = order.missesLinks();
        if (crossings.isEmpty() && unlinked) {
            text.append("Cut: consistent as far as the matched messages show: none is received before it and sent "
                    + "after it. But ").append(order.unknownLinks().sentence()).append(", and one of those may cross "
                    + "it.\n");
        } else if (crossings.isEmpty()) {
            text.append("Cut: consistent. No message is received before it and sent after it: it could be a moment "
                    + "of the run seen from outside.\n");
        } else {
            text.append("Cut: INCONSISTENT. Received before the cut but sent after it (an effect without its "
                    + "cause):\n");
            crossings.stream().limit(NAMED).forEach(c -> text.append("  ").append(EventInspector.name(model,
                    c.send())).append(" => ").append(EventInspector.name(model, c.receive())).append('\n'));
            if (crossings.size() > NAMED) {
                text.append("  and more\n");
            }
            text.append("Press S to snap to the latest consistent cut before it.\n");
        }
        text.append("Global state at the cut:\n");
        for (int vm = 0; vm < model.vms(); vm++) {
            int last = cut.lastInside(vm);
            LaneData lane = model.lane(vm);
            if (last < 0) {
                text.append("  VM ").append(vm).append(": not started\n");
                continue;
            }
            text.append("  VM ").append(vm).append(": clock ").append(lane.clock(last)).append("   vector ")
                    .append(CausalExplanation.vector(order.vector(new EventRef(vm, last)))).append("   queue ")
                    .append(lane.queue(last) < 0 ? "?" : Integer.toString(lane.queue(last))).append('\n');
        }
        List<ConsistentCut.InFlight> open = cut.inFlight(NAMED);
        if (open.isEmpty()) {
            text.append("Nothing in flight or queued across the cut.");
        } else {
            text.append(unlinked ? "In flight or waiting in a queue (sent before the cut, and taken off "
                    + "after it or by a receive that could not be matched):"
                    : "In flight or waiting in a queue (sent before the cut, taken off after it):");
            for (ConsistentCut.InFlight channel : open) {
                StringJoiner clocks = new StringJoiner(", ");
                channel.sends().forEach(s -> clocks.add(Long.toString(model.lane(s.lane()).clock(s.index()))));
                text.append("\n  VM ").append(channel.from()).append(" -> VM ").append(channel.to()).append(": ")
                        .append(channel.count()).append(channel.count() == 1 ? " message" : " messages")
                        .append(" (sent at clock ").append(clocks).append(channel.count() > channel.sends().size()
                                ? ", ...)" : ")");
            }
        }
        return text.toString();
    }
}
