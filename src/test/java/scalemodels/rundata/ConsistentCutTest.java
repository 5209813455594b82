package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import scalemodels.log.Timestamps;

/** Cuts across the hand-built run of CausalOrderTest: consistency, snapping back, the messages a cut leaves open. */
class ConsistentCutTest {
    @Test
    void aCutThatTakesAReceiveButNotItsSendIsInconsistentAndSnapsBackToTheLatestConsistentOne() throws Exception {
        RunModel run = CausalOrderTest.model(true);
        ConsistentCut cut = new ConsistentCut(run, new int[] {2, 3, 1});
        assertFalse(cut.consistent());
        assertEquals(List.of(new ConsistentCut.Crossing(new EventRef(0, 2), new EventRef(1, 2))), cut.crossings(10));
        ConsistentCut snapped = cut.latestConsistentBefore();
        assertArrayEquals(new int[] {2, 2, 1}, snapped.frontier(), "VM 1 steps back before its receive");
        assertTrue(snapped.consistent());
        assertEquals(List.of(), snapped.inFlight(5), "nothing sent and not yet taken off");
    }

    @Test
    void snappingFollowsAChainItLeavesOut() throws Exception {
        RunModel run = CausalOrderTest.model(true);
        // VM 2 has received VM 1's send, VM 1's cut point excludes the receive before that send: two steps back.
        ConsistentCut cut = new ConsistentCut(run, new int[] {2, 4, 3});
        assertFalse(cut.consistent());
        assertArrayEquals(new int[] {2, 2, 2}, cut.latestConsistentBefore().frontier());
    }

    @Test
    void aSendInsideWhoseReceiveIsOutsideIsInFlightAndAVerticalCutIsConsistent() throws Exception {
        RunModel run = CausalOrderTest.model(true);
        ConsistentCut cut = new ConsistentCut(run, new int[] {3, 2, 1});
        assertTrue(cut.consistent());
        List<ConsistentCut.InFlight> open = cut.inFlight(5);
        assertEquals(1, open.size());
        assertEquals(0, open.get(0).from());
        assertEquals(1, open.get(0).to());
        assertEquals(1, open.get(0).count());
        assertEquals(List.of(new EventRef(0, 2)), open.get(0).sends());

        long at = Timestamps.parse("2026-12-02T19:00:03.500000Z");
        ConsistentCut vertical = ConsistentCut.at(run, at);
        assertArrayEquals(new int[] {4, 3, 2}, vertical.frontier(), "every event at or before 3.5 s");
        assertTrue(vertical.consistent(), "in real time a message is never received before it is sent");
        assertEquals(1, vertical.lastInside(2));
    }
}
