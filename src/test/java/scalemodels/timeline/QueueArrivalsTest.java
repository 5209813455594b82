package scalemodels.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;
import scalemodels.rundata.RunModel;

/** Messages reach a paused VM's queue as they are sent (plus the channel's transit), not when it resumes. */
class QueueArrivalsTest {
    private static final String T = "time=2026-12-02T19:00:";

    private static RunModel pausedReceiver() throws MalformedLineException {
        RunModel model = new RunModel(2);
        for (String line : new String[] {
            T + "00.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=1 vms=2 vc=0,0",
            T + "00.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=2 vms=2 vc=0,0",
            T + "01.000000Z vm=0 tick=1 event=send clock=1 queue=0 value=1 to=1 vc=1,0",
            T + "01.000300Z vm=1 tick=1 event=receive clock=2 queue=0 from=0 msg=1 vc=1,1",
            T + "02.000000Z vm=1 tick=1 event=pause clock=2 queue=0",
            T + "03.000000Z vm=0 tick=2 event=send clock=2 queue=0 value=1 to=1 vc=2,0",
            T + "04.000000Z vm=0 tick=3 event=send clock=3 queue=0 value=1 to=1 dropped=1 vc=3,0",
            T + "05.000000Z vm=0 tick=4 event=send clock=4 queue=0 value=1 to=1 vc=4,0",
            T + "09.000000Z vm=1 tick=1 event=resume clock=2 queue=2",
        }) {
            model.add(LogLineFormat.parse(line));
        }
        return model;
    }

    @Test
    void eachMessageArrivesItsChannelsTransitAfterItsSendDroppedOnesNever() throws Exception {
        RunModel model = pausedReceiver();
        assertEquals(300, model.transitMicros(0, 1), "the quickest message on the channel");
        assertEquals(0, model.transitMicros(1, 0), "none yet the other way");
        long pause = model.lane(1).time(2);
        long resume = model.lane(1).time(3);
        long[] arrivals = QueueArrivals.at(model, 1, pause, resume);
        assertArrayEquals(new long[] {model.lane(0).time(2) + 300, model.lane(0).time(4) + 300}, arrivals,
                "two arrive while paused; the dropped one does not");
        assertEquals(1, QueueArrivals.at(model, 1, pause, model.lane(0).time(2) + 300).length);
    }
}
