package scalemodels.experiment;

import java.util.Locale;

import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/**
 * Why each finding happens, in a sentence a student can check against the event log: the very line of a run's log
 * that shows it (the receive behind the largest jump, the moment the queue was longest, the final clocks).
 */
final class Evidence {
    private Evidence() {
    }

    /** The largest jump of VM 0 (the slow one), at a receive. */
    static String largestJump(Findings.Analysed run) {
        LaneData lane = run.model().lane(0);
        int at = -1;
        long jump = 0;
        for (int i = 1; i < lane.size(); i++) {
            long step = lane.clock(i) - lane.clock(i - 1);
            if (lane.type(i) == EventType.RECEIVE && step > jump) {
                jump = step;
                at = i;
            }
        }
        String why = "Why: a VM takes one message off its queue a tick, and a receive sets its clock to max(own, "
                + "message) + 1; the faster VMs' clocks run ahead, so each receive pulls the slow VM's clock up to "
                + "theirs in one step, while a fast VM mostly counts its own events one by one.";
        if (at < 0) {
            return why;
        }
        return why + String.format(Locale.ROOT, " See %s line %d: VM 0 receives a message stamped %d by VM %d and "
                        + "its clock goes from %d to %d, a jump of %d, its largest in that run.",
                where(run, 0), lane.line(at), lane.messageTimestamp(at), lane.sender(at), lane.clock(at - 1),
                lane.clock(at), jump);
    }

    /** When VM {@code vm}'s queue was longest. */
    static String longestQueue(Findings.Analysed run, int vm) {
        LaneData lane = run.model().lane(vm);
        int at = 0;
        for (int i = 1; i < lane.size(); i++) {
            if (lane.queue(i) > lane.queue(at)) {
                at = i;
            }
        }
        double seconds = (lane.time(at) - run.model().startMicros()) / 1e6;
        return String.format(Locale.ROOT, "Why: its peers send it more messages a second than it has ticks, and it "
                        + "takes one message a tick, so the difference piles up in its queue, and every message "
                        + "waits longer than the last. See %s line %d (%.1f s into the run): queue=%d, the longest.",
                where(run, vm), lane.line(at), seconds, lane.queue(at));
    }

    /** The final clocks of a run at equal rates and of one at 1, 3 and 6. */
    static String drift(Findings.Analysed equal, Findings.Analysed unequal) {
        return "Why: VMs that tick alike count alike, and each message only pulls a lagging clock up; at 1, 3 and 6 "
                + "ticks/s the slow VM's clock stays behind until a message reaches it. Compare the last lines of "
                + "the logs: " + finalClocks(equal) + " at equal rates, " + finalClocks(unequal) + " at 1, 3 and 6.";
    }

    private static String finalClocks(Findings.Analysed run) {
        RunModel model = run.model();
        StringBuilder clocks = new StringBuilder("final clocks");
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            clocks.append(vm == 0 ? " " : ", ").append(lane.size() == 0 ? "-" : lane.clock(lane.size() - 1));
        }
        return clocks + " (" + run.metrics().folder().getFileName() + ")";
    }

    private static String where(Findings.Analysed run, int vm) {
        return run.metrics().folder().getFileName() + "/vm_" + vm + ".log";
    }
}
