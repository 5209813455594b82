package scalemodels.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.RunModel;

/** The event under the pointer: the nearest within the radius, a send or receive on a tie. */
class HitTesterTest {
    private static final String T = "time=2026-12-02T19:00:0";

    /** 1 px = 10 ms: VM 0 has an internal at 1.000 s and a send 4 ms later (0.4 px), then an internal at 1.100 s. */
    private static RunModel model() throws MalformedLineException {
        RunModel model = new RunModel(2);
        model.add(LogLineFormat.parse(T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=1 "
                + "vms=2 vc=0,0"));
        model.add(LogLineFormat.parse(T + "1.000000Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0"));
        model.add(LogLineFormat.parse(T + "1.004000Z vm=0 tick=2 event=send clock=2 queue=0 value=1 to=1 vc=2,0"));
        model.add(LogLineFormat.parse(T + "1.100000Z vm=0 tick=3 event=internal clock=3 queue=0 value=7 vc=3,0"));
        return model;
    }

    private static TimelineGeometry geometry(RunModel model) {
        TimelineGeometry g = new TimelineGeometry();
        g.setSize(1000, 22 + 2 * 100);
        g.setLanes(2);
        g.show(model.startMicros(), 10_000_000);
        return g;
    }

    @Test
    void aSendDrawnUnderAnInternalEventWinsTheTie() throws Exception {
        RunModel model = model();
        TimelineGeometry g = geometry(model);
        double internalX = g.x(model.lane(0).time(1));
        assertEquals(new EventRef(0, 2), HitTester.find(model, g, internalX, g.eventY(0), 7),
                "0.4 px apart: the send is what the user points at");
    }

    @Test
    void otherwiseTheNearestWinsAndNothingBeyondTheRadius() throws Exception {
        RunModel model = model();
        TimelineGeometry g = geometry(model);
        double lateX = g.x(model.lane(0).time(3));
        assertEquals(new EventRef(0, 3), HitTester.find(model, g, lateX - 2, g.eventY(0), 7));
        assertNull(HitTester.find(model, g, lateX + 8, g.eventY(0), 7));
        assertNull(HitTester.find(model, g, lateX, g.eventY(1), 7), "nothing in VM 1's lane there");
        assertNull(HitTester.find(model, g, lateX, g.laneTop(0) + 2, 7), "too far above the event row");
    }
}
