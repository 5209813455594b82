package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import scalemodels.event.EventType;
import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;
import scalemodels.timeline.HitTester;
import scalemodels.timeline.TimelineGeometry;

class RunModelTest {
    private static final String T = "time=2026-11-24T17:23:4";

    private static void add(RunModel model, String line) throws MalformedLineException {
        model.add(LogLineFormat.parse(line));
    }

    @Test
    void messagesMatchOnTheirChannelInOrderWhicheverSideArrivesFirst() throws MalformedLineException {
        RunModel model = new RunModel(2);
        add(model, T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=2 speed=1 seed=1 vms=2 vc=0,0");
        add(model, T + "0.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=2 speed=1 seed=2 vms=2 vc=0,0");
        add(model, T + "1.000000Z vm=0 tick=1 event=send clock=1 queue=0 value=1 to=1 vc=1,0");
        add(model, T + "2.000000Z vm=0 tick=2 event=send clock=2 queue=0 value=1 to=1 vc=2,0");
        assertEquals(2, model.inFlight());
        // The receive of the third message is delivered before its send: it waits for it.
        add(model, T + "3.000000Z vm=1 tick=1 event=receive clock=2 queue=1 from=0 msg=1 vc=1,1");
        add(model, T + "3.500000Z vm=1 tick=2 event=receive clock=3 queue=0 from=0 msg=2 vc=2,2");
        add(model, T + "4.500000Z vm=1 tick=3 event=receive clock=4 queue=0 from=0 msg=3 vc=3,3");
        add(model, T + "4.000000Z vm=0 tick=3 event=send clock=3 queue=0 value=1 to=1 vc=3,0");

        LaneData receiver = model.lane(1);
        assertEquals(1, receiver.partner(1));
        assertEquals(2, receiver.partner(2));
        assertEquals(3, receiver.partner(3));
        assertEquals(0, model.inFlight());
        assertEquals(2_000_000, model.maxLatencyMicros());
        assertEquals(0, model.lostEvents());
        assertEquals(8, model.events());
        assertEquals(List.of(new EventRef(0, 2)), EventInspector.partners(model, new EventRef(1, 2)));
        assertEquals(List.of(new EventRef(1, 2)), EventInspector.partners(model, new EventRef(0, 2)));
    }

    @Test
    void gapsInTickNumbersCountAsLostEvents() throws MalformedLineException {
        RunModel model = new RunModel(2);
        add(model, T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=2 speed=1 seed=1 vms=2 vc=0,0");
        add(model, T + "1.000000Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0");
        add(model, T + "2.000000Z vm=0 tick=4 event=internal clock=4 queue=0 value=7 vc=4,0");
        assertEquals(2, model.lostEvents());
    }

    @Test
    void lanesAreSearchedByTime() throws MalformedLineException {
        RunModel model = new RunModel(2);
        add(model, T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=2 speed=1 seed=1 vms=2 vc=0,0");
        add(model, T + "1.000000Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0");
        add(model, T + "2.000000Z vm=0 tick=2 event=send clock=2 queue=3 value=3 to=1 vc=2,0");
        LaneData lane = model.lane(0);
        long t1 = lane.time(1);
        assertEquals(1, lane.firstAtOrAfter(t1));
        assertEquals(2, lane.firstAtOrAfter(t1 + 1));
        assertEquals(1, lane.lastAtOrBefore(t1 + 1));
        assertEquals(-1, lane.lastAtOrBefore(lane.time(0) - 1));
        assertEquals(3, lane.firstAtOrAfter(Long.MAX_VALUE));
        assertEquals(EventType.SEND, lane.type(2));
        assertEquals(0b10, lane.recipientMask(2));
        assertEquals(3, lane.maxQueue());
    }

    @Test
    void theNearestEventUnderThePointerIsHit() throws MalformedLineException {
        RunModel model = new RunModel(2);
        add(model, T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=2 speed=1 seed=1 vms=2 vc=0,0");
        add(model, T + "1.000000Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0");
        TimelineGeometry g = new TimelineGeometry();
        g.setSize(1000, 222);
        g.setLanes(2);
        g.show(model.startMicros(), 10_000_000);
        double x = g.x(model.lane(0).time(1));
        assertEquals(new EventRef(0, 1), HitTester.find(model, g, x + 3, g.eventY(0), 7));
        assertNull(HitTester.find(model, g, x + 30, g.eventY(0), 7));
        assertNull(HitTester.find(model, g, x, g.eventY(1), 7), "nothing in the other lane");
        String details = EventInspector.describe(model, new EventRef(0, 1));
        assertTrue(details.startsWith("Internal on VM 0"), details);
        assertTrue(details.contains("clock 1") && details.contains("vector clock 1,0") && details.contains("(+1.000 s)"),
                details);
    }
}
