package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;

/** Each event says why its clock has its value, in the rule's own terms. */
class ClockExplanationTest {
    private static final String T = "time=2026-12-02T19:00:0";

    private static RunModel model(String... lines) throws MalformedLineException {
        RunModel model = new RunModel(3);
        for (String line : lines) {
            model.add(LogLineFormat.parse(line));
        }
        return model;
    }

    private static final String[] RUN = {
        T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=1 vms=3 vc=0,0,0",
        T + "0.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=2 vms=3 vc=0,0,0",
        T + "1.000000Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0,0",
        T + "2.000000Z vm=0 tick=2 event=send clock=2 queue=0 value=3 to=1,2 vc=2,0,0",
        T + "2.000400Z vm=1 tick=1 event=internal clock=1 queue=1 value=5 vc=0,1,0",
        T + "2.500400Z vm=1 tick=2 event=receive clock=3 queue=0 from=0 msg=2 vc=2,2,0",
        T + "3.000000Z vm=0 tick=3 event=send clock=3 queue=0 value=1 to=1 vc=3,0,0",
        T + "3.000300Z vm=1 tick=3 event=receive clock=4 queue=0 from=0 msg=3 vc=3,3,0",
    };

    @Test
    void internalSendAndReceiveEachShowTheirRule() throws Exception {
        RunModel model = model(RUN);
        assertEquals("start: the clock begins at 0\n", ClockExplanation.of(model, new EventRef(0, 0)));
        assertEquals("internal: 0 + 1 = 1\n", ClockExplanation.of(model, new EventRef(0, 1)));
        assertEquals("send: 1 + 1 = 2, carried to VM 1 and VM 2\n", ClockExplanation.of(model, new EventRef(0, 2)));
        String receive = ClockExplanation.of(model, new EventRef(1, 2));
        assertTrue(receive.startsWith("receive: max(local 1, message 2) + 1 = 3\n"), receive);
        assertTrue(receive.contains("sent 500.4 ms before: about 0.3 ms on the way (the channel's quickest message),"
                + " 500.1 ms waiting in the queue"), receive);
    }

    @Test
    void aClockTheRuleDoesNotGiveIsSaidAndTheRuleCheckSentenceShown() throws Exception {
        String[] broken = RUN.clone();
        broken[5] = broken[5].replace("clock=3", "clock=2");
        RunModel model = model(broken);
        assertTrue(ClockExplanation.of(model, new EventRef(1, 2))
                .startsWith("receive: max(local 1, message 2) + 1 = 3, but the log says 2\n"));
        String details = EventInspector.describe(model, new EventRef(1, 2),
                List.of("receive at clock 2 is not later than its send at clock 2 (Lamport's clock condition)"));
        assertTrue(details.contains("\nbreaks: receive at clock 2 is not later than its send at clock 2"), details);
    }
}
