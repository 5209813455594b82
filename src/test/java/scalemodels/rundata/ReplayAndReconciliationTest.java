package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;

/** The replay cursor (the run as it was at a moment), derived vector clocks and the reconciliation of counts. */
class ReplayAndReconciliationTest {
    private static final String T = "time=2026-11-24T17:23:4";
    private static final String[] VM0 = {
        T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=2 speed=1 seed=1 vms=2 vc=0,0",
        T + "1.000000Z vm=0 tick=1 event=send clock=1 queue=0 value=1 to=1 vc=1,0",
        T + "2.000000Z vm=0 tick=2 event=internal clock=2 queue=0 value=7 vc=2,0",
        T + "5.000000Z vm=0 tick=3 event=receive clock=6 queue=0 from=1 msg=5 vc=3,4",
    };
    private static final String[] VM1 = {
        T + "0.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=2 speed=1 seed=2 vms=2 vc=0,0",
        T + "1.500000Z vm=1 tick=1 event=internal clock=1 queue=1 value=9 vc=0,1",
        T + "3.000000Z vm=1 tick=2 event=receive clock=2 queue=0 from=0 msg=1 vc=1,2",
        T + "3.500000Z vm=1 tick=3 event=internal clock=3 queue=0 value=9 vc=1,3",
        T + "4.000000Z vm=1 tick=4 event=send clock=5 queue=0 value=1 to=0 vc=1,4",
    };

    private static RunModel run() throws MalformedLineException {
        RunModel model = new RunModel(2);
        for (String line : VM0) {
            model.add(LogLineFormat.parse(line));
        }
        for (String line : VM1) {
            model.add(LogLineFormat.parse(line));
        }
        return model;
    }

    @Test
    void theCursorShowsTheRunAsItWasAtEachMomentForwardsAndBackwards() throws Exception {
        ReplayCursor cursor = new ReplayCursor(run());
        assertTrue(cursor.atEnd());
        assertEquals(9, cursor.view().events());
        long start = cursor.startMicros();
        cursor.seek(start + 2_500_000);
        assertEquals(5, cursor.view().events(), "2 starts, the send, an internal on each VM");
        assertEquals(1, cursor.view().inFlight(), "the message VM 1 receives at 3 s is on its way");
        RunModel before = cursor.view();
        cursor.seek(start + 3_000_000);
        assertEquals(6, cursor.view().events());
        assertEquals(0, cursor.view().inFlight());
        cursor.seek(start + 1_000_000);
        assertNotSame(before, cursor.view(), "a move back rebuilds the view");
        assertEquals(3, cursor.view().events());
        assertFalse(cursor.atEnd());
        cursor.seek(Long.MAX_VALUE);
        assertTrue(cursor.atEnd());
        assertEquals(cursor.endMicros(), cursor.position(), "seeking is clamped to the run");
    }

    @Test
    void vectorClocksDerivedFromMatchedMessagesEqualTheLoggedOnes() throws Exception {
        RunModel model = run();
        VectorClocks derived = VectorClocks.of(model);
        for (int vm = 0; vm < 2; vm++) {
            LaneData lane = model.lane(vm);
            for (int i = 0; i < lane.size(); i++) {
                for (int k = 0; k < 2; k++) {
                    assertEquals(lane.vectorEntry(i, k), derived.entry(vm, i, k),
                            "VM " + vm + " event " + i + " entry " + k);
                }
            }
        }
    }

    @TempDir
    Path runDir;

    @Test
    void countsAgreeWhenLogsStreamAndWindowHoldTheSameEventsAndExplainWhereNot() throws Exception {
        RunModel model = run();
        Files.write(runDir.resolve("vm_0.log"), java.util.List.of(VM0));
        Files.write(runDir.resolve("vm_1.log"), java.util.List.of(VM1));
        Reconciliation same = Reconciliation.of(runDir, new long[] {4, 5}, model);
        assertTrue(same.agrees());
        assertEquals("Reconciled: 9 events in the logs, 9 in the window, 0 missing", same.summary());

        Files.writeString(runDir.resolve("vm_1.log"), String.join("\n", VM1) + "\n" + VM1[4].replace("tick=4", "tick=5")
                + "\n");
        Reconciliation differ = Reconciliation.of(runDir, new long[] {4, 5}, model);
        assertFalse(differ.agrees());
        assertEquals("Reconciled with differences: VM 1: 6 lines in its log, 5 events in the window, 5 streamed",
                differ.summary());
    }
}
