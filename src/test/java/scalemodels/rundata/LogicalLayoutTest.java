package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import scalemodels.event.EventType;
import scalemodels.log.LogLineFormat;
import scalemodels.model.RunSettings;
import scalemodels.rundata.LogicalLayout.Axis;
import scalemodels.sim.Simulator;

/** The Lamport and total-order layouts of a hand-built run and of a simulated one. */
class LogicalLayoutTest {
    private static final long U = LogicalLayout.UNIT;

    @Test
    void onTheLamportAxisEachEventStandsAtItsClockTiesSideBySideInVmOrder() throws Exception {
        RunModel run = CausalOrderTest.model(true);
        RunModel laid = new LogicalLayout(run, Axis.LAMPORT).model();
        assertEquals(0, laid.lane(0).time(0), "VM 0's start at clock 0");
        assertEquals(U / 4, laid.lane(1).time(0), "VM 1's start beside it");
        assertEquals(2 * U / 4, laid.lane(2).time(0));
        assertEquals(2 * U, laid.lane(0).time(2), "VM 0's send at clock 2");
        assertEquals(2 * U + 1, laid.lane(0).time(3), "the pause, same clock, just after the send");
        assertEquals(5 * U + 2 * U / 4, laid.lane(2).time(2), "VM 2's receive at clock 5");
        sameEventsAndMessages(run, laid);
    }

    @Test
    void theTotalOrderNumbersEventsByClockThenVm() throws Exception {
        RunModel run = CausalOrderTest.model(true);
        RunModel laid = new LogicalLayout(run, Axis.TOTAL_ORDER).model();
        // clock 0: the three starts (VM 0, 1, 2); clock 1: the three internals; clock 2: VM 0's send, its pause;
        // clock 3: VM 0's internal before VM 1's receive (VM id breaks the tie); then 4, 5, 6 and VM 2's stop.
        assertEquals(List.of(1L, 4L, 7L, 8L, 9L), positions(laid, 0));
        assertEquals(List.of(2L, 5L, 10L, 11L), positions(laid, 1));
        assertEquals(List.of(3L, 6L, 12L, 13L, 14L), positions(laid, 2));
        sameEventsAndMessages(run, laid);
    }

    @Test
    void onBothLogicalAxesEveryMessageGoesForwardWhileRealTimeNeedNot() {
        RunModel run = new RunModel(3);
        new Simulator(new RunSettings(3, 9, 1, 6, 10, 1, 30), 1_000).run(run::add);
        for (Axis axis : List.of(Axis.LAMPORT, Axis.TOTAL_ORDER)) {
            RunModel laid = new LogicalLayout(run, axis).model();
            sameEventsAndMessages(run, laid);
            for (int vm = 0; vm < 3; vm++) {
                LaneData lane = laid.lane(vm);
                for (int i = 0; i < lane.size(); i++) {
                    if (i > 0) {
                        assertTrue(lane.time(i) > lane.time(i - 1), axis + ": a lane never goes back");
                    }
                    if (lane.type(i) == EventType.RECEIVE) {
                        long sent = laid.lane(lane.sender(i)).time(lane.partner(i));
                        assertTrue(lane.time(i) > sent, axis + ": the receive after its send");
                    }
                }
            }
        }
    }

    @Test
    void aGrowingRunIsFollowed() throws Exception {
        RunModel run = new RunModel(3);
        for (String line : java.util.Arrays.copyOf(CausalOrderTest.RUN, 8)) {
            run.add(LogLineFormat.parse(line));
        }
        LogicalLayout lamport = new LogicalLayout(run, Axis.LAMPORT);
        LogicalLayout total = new LogicalLayout(run, Axis.TOTAL_ORDER);
        assertEquals(8, lamport.model().events());
        for (String line : java.util.Arrays.copyOfRange(CausalOrderTest.RUN, 8, CausalOrderTest.RUN.length)) {
            run.add(LogLineFormat.parse(line));
        }
        assertTrue(lamport.update());
        assertTrue(total.update());
        assertTrue(!lamport.update(), "nothing new");
        sameEventsAndMessages(run, lamport.model());
        sameEventsAndMessages(run, total.model());
        assertEquals(5 * U + 2 * U / 4, lamport.model().lane(2).time(2));
    }

    private static List<Long> positions(RunModel laid, int vm) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < laid.lane(vm).size(); i++) {
            out.add(laid.lane(vm).time(i) / U);
        }
        return out;
    }

    /** Same lanes, same events at the same indices, the same messages matched. */
    private static void sameEventsAndMessages(RunModel run, RunModel laid) {
        for (int vm = 0; vm < run.vms(); vm++) {
            LaneData a = run.lane(vm);
            LaneData b = laid.lane(vm);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.clock(i), b.clock(i));
                assertEquals(a.type(i), b.type(i));
                assertEquals(a.partner(i), b.partner(i), "VM " + vm + " event " + i + "'s message partner");
            }
        }
    }
}
