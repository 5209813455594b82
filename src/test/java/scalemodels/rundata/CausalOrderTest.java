package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import scalemodels.event.LogEvent;
import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;
import scalemodels.rundata.CausalOrder.Relation;

/**
 * Happened-before on a hand-built run whose answers are known, once with the logged vector clocks and once with the
 * vectors taken out (an imported log: they are derived from the matched messages); both must agree.
 */
class CausalOrderTest {
    private static final String T = "time=2026-12-02T19:00:0";

    /*
     * VM 0: start, internal (1), send to 1 (2), pause, internal (3)
     * VM 1: start, internal (1), receive from 0 (3), send to 2 (4)
     * VM 2: start, internal (1), receive from 1 (5), internal (6), stop
     */
    static final String[] RUN = {
        T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=1 vms=3 vc=0,0,0",
        T + "0.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=2 vms=3 vc=0,0,0",
        T + "0.000000Z vm=2 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=3 vms=3 vc=0,0,0",
        T + "1.000000Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0,0",
        T + "1.100000Z vm=1 tick=1 event=internal clock=1 queue=0 value=5 vc=0,1,0",
        T + "1.200000Z vm=2 tick=1 event=internal clock=1 queue=0 value=6 vc=0,0,1",
        T + "2.000000Z vm=0 tick=2 event=send clock=2 queue=0 value=1 to=1 vc=2,0,0",
        T + "2.500000Z vm=0 tick=2 event=pause clock=2 queue=0",
        T + "3.000000Z vm=1 tick=2 event=receive clock=3 queue=0 from=0 msg=2 vc=2,2,0",
        T + "4.000000Z vm=0 tick=3 event=internal clock=3 queue=0 value=9 vc=3,0,0",
        T + "4.000000Z vm=1 tick=3 event=send clock=4 queue=0 value=2 to=2 vc=2,3,0",
        T + "5.000000Z vm=2 tick=2 event=receive clock=5 queue=0 from=1 msg=4 vc=2,3,2",
        T + "6.000000Z vm=2 tick=3 event=internal clock=6 queue=0 value=8 vc=2,3,3",
        T + "7.000000Z vm=2 tick=3 event=stop clock=6 queue=0",
    };

    private static final EventRef INTERNAL_0 = new EventRef(0, 1);
    private static final EventRef SEND_0 = new EventRef(0, 2);
    private static final EventRef PAUSE_0 = new EventRef(0, 3);
    private static final EventRef LATE_0 = new EventRef(0, 4);
    private static final EventRef INTERNAL_1 = new EventRef(1, 1);
    private static final EventRef RECEIVE_1 = new EventRef(1, 2);
    private static final EventRef SEND_1 = new EventRef(1, 3);
    private static final EventRef INTERNAL_2 = new EventRef(2, 1);
    private static final EventRef RECEIVE_2 = new EventRef(2, 2);
    private static final EventRef LAST_2 = new EventRef(2, 3);
    private static final EventRef STOP_2 = new EventRef(2, 4);

    static RunModel model(boolean logged) throws MalformedLineException {
        RunModel model = new RunModel(3);
        for (String line : RUN) {
            LogEvent e = LogLineFormat.parse(line);
            // An imported log without vectors: the same events, their vector clocks left out.
            model.add(logged ? e : new LogEvent(e.timeMicros(), e.vm(), e.tick(), e.clock(), e.queue(), e.detail(),
                    null));
        }
        return model;
    }

    @ParameterizedTest(name = "vectors logged: {0}")
    @ValueSource(booleans = {true, false})
    void happenedBeforeAndConcurrencyAsKnown(boolean logged) throws Exception {
        CausalOrder order = CausalOrder.of(model(logged));
        assertEquals(logged, order.logged());
        assertEquals(Relation.BEFORE, order.relation(INTERNAL_0, RECEIVE_2), "through two messages");
        assertEquals(Relation.AFTER, order.relation(LAST_2, INTERNAL_1));
        assertEquals(Relation.BEFORE, order.relation(SEND_0, RECEIVE_1), "a send before its receive");
        assertEquals(Relation.CONCURRENT, order.relation(LATE_0, RECEIVE_1), "sent before, but after the send");
        assertEquals(Relation.CONCURRENT, order.relation(PAUSE_0, SEND_1), "the pause came after the send");
        assertEquals(Relation.CONCURRENT, order.relation(INTERNAL_1, INTERNAL_2));
        assertEquals(Relation.CONCURRENT, order.relation(LATE_0, STOP_2));
        assertEquals(Relation.BEFORE, order.relation(INTERNAL_0, LATE_0), "one lane");
        assertEquals(Relation.SAME, order.relation(SEND_1, SEND_1));
        assertArrayEquals(new long[] {2, 3, 3}, order.vector(STOP_2), "a stop line has its lane's last vector");
        assertArrayEquals(new long[] {2, 0, 0}, order.vector(PAUSE_0));
    }

    @ParameterizedTest(name = "vectors logged: {0}")
    @ValueSource(booleans = {true, false})
    void theConeSplitsEachLaneIntoPastConcurrentAndFuture(boolean logged) throws Exception {
        RunModel model = model(logged);
        CausalOrder.Cone cone = CausalOrder.of(model).cone(RECEIVE_1);
        assertArrayEquals(new int[] {3, 2, 0}, cone.pastEnd(), "VM 0 up to its send; VM 1 before; nothing of VM 2");
        assertArrayEquals(new int[] {5, 3, 2}, cone.futureStart(), "nothing of VM 0; VM 2 from its receive");
        assertEquals(Relation.CONCURRENT, cone.of(0, 3), "the pause");
        assertEquals(Relation.CONCURRENT, cone.of(0, 4));
        assertEquals(Relation.CONCURRENT, cone.of(2, 1));
        assertEquals(Relation.AFTER, cone.of(2, 4), "VM 2's stop");
        assertEquals(Relation.SAME, cone.of(1, 2));
        assertEquals(4, cone.concurrent(), "VM 0's pause and last internal, VM 2's start and first internal");
        // The cone agrees with the pairwise relation for every event of the run.
        CausalOrder order = CausalOrder.of(model);
        for (int lane = 0; lane < 3; lane++) {
            for (int i = 0; i < model.lane(lane).size(); i++) {
                assertEquals(order.relation(new EventRef(lane, i), RECEIVE_1), cone.of(lane, i), lane + "/" + i);
            }
        }
    }

    @ParameterizedTest(name = "vectors logged: {0}")
    @ValueSource(booleans = {true, false})
    void theChainNamesEachMessageThatCarriedTheInfluence(boolean logged) throws Exception {
        RunModel model = model(logged);
        CausalOrder order = CausalOrder.of(model);
        assertEquals(List.of(SEND_0, RECEIVE_1, SEND_1, RECEIVE_2), order.chain(INTERNAL_0, LAST_2));
        assertEquals(List.of(SEND_0, RECEIVE_1), order.chain(SEND_0, RECEIVE_1));
        assertTrue(order.chain(LATE_0, RECEIVE_1).isEmpty(), "concurrent: no chain");
        assertTrue(order.chain(INTERNAL_0, LATE_0).isEmpty(), "one lane: no message");

        String text = CausalExplanation.of(model, order, INTERNAL_0, LAST_2);
        assertTrue(text.contains("a -> b: a happened before b, through 2 messages:\n"
                + "  send on VM 0 at clock 2 => receive on VM 1 at clock 3\n"
                + "  send on VM 1 at clock 4 => receive on VM 2 at clock 5\n"
                + "Lamport order agrees: clock 1 < 6"), text);
        assertTrue(text.startsWith("a: internal on VM 0 at clock 1   vector [1,0,0]\n"
                + "b: internal on VM 2 at clock 6   vector [2,3,3]\n"), text);
        assertEquals(!logged, text.contains("derived from the matched messages"));
    }

    @ParameterizedTest(name = "vectors logged: {0}")
    @ValueSource(booleans = {true, false})
    void concurrentEventsAreStillOrderedByLamportsTotalOrderAndTheTextSaysSo(boolean logged) throws Exception {
        RunModel model = model(logged);
        CausalOrder order = CausalOrder.of(model);
        String equalClocks = CausalExplanation.of(model, order, RECEIVE_1, LATE_0);
        assertTrue(equalClocks.contains("a || b: concurrent."), equalClocks);
        assertTrue(equalClocks.contains("puts b first (equal clocks 3, ties broken by VM id 0 < 1)"), equalClocks);
        String byClock = CausalExplanation.of(model, order, INTERNAL_2, SEND_1);
        assertTrue(byClock.contains("puts a first (clock 1 < 4): an order the clocks choose, not one that happened"),
                byClock);
        assertFalse(byClock.contains("->"), byClock);
        assertTrue(CausalExplanation.of(model, order, LAST_2, INTERNAL_1).contains("b -> a: b happened before a"));
    }
}
