package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import scalemodels.analysis.RunAnalysis;
import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.model.RunSettings;
import scalemodels.sim.Simulator;

/**
 * Receives whose logs name neither sender nor timestamp ("Receive ... From Network"): the window pairs them with the
 * messages in the order these were sent, and the rule check does not see those pairs.
 */
class ArrivalOrderTest {

    /** A simulated run, and the same run as a log that does not say where its receives came from. */
    private static List<LogEvent> simulated(int vms, long seed, int maxValue) {
        List<LogEvent> events = new ArrayList<>();
        new Simulator(new RunSettings(vms, seed, 1, 6, maxValue, 1, 60), 2_000).run(events::add);
        return events;
    }

    private static RunModel model(List<LogEvent> events, boolean anonymous) {
        RunModel model = new RunModel(events.stream().mapToInt(LogEvent::vm).max().orElse(0) + 1);
        for (LogEvent e : events) {
            model.add(anonymous && e.type() == EventType.RECEIVE ? new LogEvent(e.timeMicros(), e.vm(), e.tick(),
                    e.clock(), e.queue(), new EventDetail.Receive(-1, -1), null) : e);
        }
        return model;
    }

    @Test
    void receivesThatNameNoSenderArePairedAsTheLogsThatNameThemPairThem() {
        for (int vms : new int[] {3, 5}) {
            List<LogEvent> events = simulated(vms, 11 + vms, 5);
            RunModel truth = model(events, false);
            RunModel anonymous = model(events, true);
            int receives = 0;
            for (int vm = 0; vm < vms; vm++) {
                LaneData lane = truth.lane(vm);
                for (int i = 0; i < lane.size(); i++) {
                    if (lane.type(i) == EventType.RECEIVE) {
                        receives++;
                        assertEquals(new EventRef(lane.sender(i), lane.partner(i)),
                                anonymous.arrivalOrder().sendOf(vm, i), vms + " VMs: receive " + i + " of VM " + vm);
                        assertEquals(-1, anonymous.lane(vm).partner(i), "the lane itself keeps it unmatched");
                    }
                }
            }
            assertTrue(receives > 100, receives + " receives");
            assertEquals(truth.inFlight(), anonymous.inFlight(), "what is left waiting is what was left waiting");
            for (int from = 0; from < vms; from++) {
                for (int to = 0; to < vms; to++) {
                    assertEquals(truth.unreceived(from, to).size(), anonymous.arrivalOrder().awaiting(from, to).size());
                }
            }
        }
    }

    @Test
    void theRuleCheckSeesNoGuess() {
        List<LogEvent> events = simulated(3, 5, 10);
        RunModel anonymous = model(events, true);
        assertTrue(anonymous.arrivalOrder().any());
        RunAnalysis analysis = RunAnalysis.of(anonymous);
        assertEquals(List.of(), analysis.violations());
        long receives = analysis.vms().stream().mapToLong(scalemodels.analysis.VmStats::receives).sum();
        assertEquals(receives, analysis.unmatchedReceives());
        assertTrue(analysis.noViolations().contains(receives + " of " + receives + " receives could not be matched"),
                "the check does not claim the messages it could not check: " + analysis.noViolations());
        assertTrue(RunAnalysis.of(model(events, false)).noViolations().contains("message match"));
        long unreceived = 0;
        for (int from = 0; from < 3; from++) {
            for (int to = 0; to < 3; to++) {
                unreceived += anonymous.unreceived(from, to).size();
            }
        }
        assertTrue(unreceived > anonymous.inFlight(), "the rule check still counts every send as unmatched");
    }

    @Test
    void aReceiveBeforeAnyMessageCouldHaveComeIsNotPaired() {
        RunModel model = new RunModel(2);
        long t = 1_000_000;
        model.add(new LogEvent(t, 1, 1, 1, 0, new EventDetail.Receive(-1, -1), null));
        model.add(new LogEvent(t + 10, 0, 1, 1, 0, new EventDetail.Send(1, new int[] {1}), null));
        // Its clock is not above the send's: not the message it took.
        model.add(new LogEvent(t + 20, 1, 2, 1, 0, new EventDetail.Receive(-1, -1), null));
        model.add(new LogEvent(t + 30, 1, 3, 2, 0, new EventDetail.Receive(-1, -1), null));
        assertNull(model.arrivalOrder().sendOf(1, 0));
        assertNull(model.arrivalOrder().sendOf(1, 1));
        assertEquals(new EventRef(0, 0), model.arrivalOrder().sendOf(1, 2));
        assertEquals(2, model.arrivalOrder().receiveOf(0, 0, 1));
        assertEquals(0, model.inFlight());
        assertEquals(1, model.unreceived(0, 1).size());
        EventRef receive = new EventRef(1, 2);
        assertEquals(List.of(new EventRef(0, 0)), EventInspector.partners(model, receive));
        assertEquals(List.of(receive), EventInspector.partners(model, new EventRef(0, 0)));
        assertTrue(EventInspector.describeSelection(model, receive, List.of(), EventInspector.partners(model, receive))
                .contains("paired by arrival order"));
        assertEquals(List.of(), EventInspector.partners(model, new EventRef(1, 1)));
    }

    @Test
    void aReceiveThatNamesItsSenderTakesTheOldestSendEvenAfterAGuess() {
        RunModel model = new RunModel(2);
        long t = 1_000_000;
        model.add(new LogEvent(t, 0, 1, 1, 0, new EventDetail.Send(1, new int[] {1}), null));
        model.add(new LogEvent(t + 10, 0, 2, 2, 0, new EventDetail.Send(1, new int[] {1}), null));
        model.add(new LogEvent(t + 20, 1, 1, 2, 1, new EventDetail.Receive(-1, -1), null));
        assertEquals(new EventRef(0, 0), model.arrivalOrder().sendOf(1, 0));
        assertEquals(1, model.inFlight());
        // The log matches this one to the oldest send on the channel: the guess above took it already, so the one
        // left waiting is still the second.
        model.add(new LogEvent(t + 30, 1, 2, 3, 0, new EventDetail.Receive(0, -1), null));
        assertEquals(1, model.inFlight());
        assertEquals(1, model.arrivalOrder().awaiting(0, 1).size());
        assertEquals(1, model.arrivalOrder().awaiting(0, 1).get(0));

        // The same when the log matches it by the timestamp it carried (the send at clock 1).
        RunModel byTimestamp = new RunModel(2);
        byTimestamp.add(new LogEvent(t, 0, 1, 1, 0, new EventDetail.Send(1, new int[] {1}), null));
        byTimestamp.add(new LogEvent(t + 10, 0, 2, 2, 0, new EventDetail.Send(1, new int[] {1}), null));
        byTimestamp.add(new LogEvent(t + 20, 1, 1, 2, 1, new EventDetail.Receive(-1, -1), null));
        byTimestamp.add(new LogEvent(t + 30, 1, 2, 3, 0, new EventDetail.Receive(-1, 1), null));
        assertEquals(1, byTimestamp.inFlight());
        assertEquals(1, byTimestamp.arrivalOrder().awaiting(0, 1).get(0));
    }

    @Test
    void aSnapshotAndAReplayPairTheSame() {
        RunModel anonymous = model(simulated(3, 9, 5), true);
        RunModel snapshot = anonymous.snapshot();
        ReplayCursor replay = new ReplayCursor(anonymous);
        replay.seek(replay.startMicros());
        replay.seek(replay.endMicros());
        for (int vm = 0; vm < 3; vm++) {
            for (int i = 0; i < anonymous.lane(vm).size(); i++) {
                assertEquals(anonymous.arrivalOrder().sendOf(vm, i), snapshot.arrivalOrder().sendOf(vm, i));
                assertEquals(anonymous.arrivalOrder().sendOf(vm, i), replay.view().arrivalOrder().sendOf(vm, i));
            }
        }
    }
}
