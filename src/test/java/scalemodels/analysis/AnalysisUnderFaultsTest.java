package scalemodels.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;
import scalemodels.rundata.RunModel;

/**
 * The analysis of a run with every fault: a paused VM, a message dropped by a fault, a crash that takes a queued
 * message with it, a restart and a reconnect. Nothing of that is a broken rule, and each is counted where it belongs.
 */
public class AnalysisUnderFaultsTest {
    private static final String T = "time=2026-12-02T19:00:";
    public static final List<String> VM0 = List.of(
            T + "00.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=1 vms=2 vc=0,0",
            T + "01.000000Z vm=0 tick=1 event=send clock=1 queue=0 value=1 to=1 dropped=1 vc=1,0",
            T + "02.000000Z vm=0 tick=1 event=pause clock=1 queue=0",
            T + "03.000000Z vm=0 tick=1 event=resume clock=1 queue=0",
            T + "04.000000Z vm=0 tick=2 event=send clock=2 queue=0 value=1 to=1 vc=2,0",
            T + "06.000000Z vm=0 tick=3 event=internal clock=3 queue=0 value=7 vc=3,0",
            T + "07.000000Z vm=0 tick=4 event=send clock=4 queue=0 value=1 to=1 vc=4,0",
            T + "09.000000Z vm=0 tick=4 event=reconnect clock=4 queue=0 to=1",
            T + "10.000000Z vm=0 tick=5 event=send clock=5 queue=0 value=1 to=1 vc=5,0",
            T + "12.000000Z vm=0 tick=5 event=stop clock=5 queue=0");
    public static final List<String> VM1 = List.of(
            T + "00.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=2 vms=2 vc=0,0",
            T + "05.000000Z vm=1 tick=1 event=receive clock=3 queue=0 from=0 msg=2 vc=2,1",
            T + "08.000000Z vm=1 tick=1 event=crash clock=3 queue=1",
            T + "08.500000Z vm=1 tick=1 event=restart clock=3 queue=0 rate=1 speed=1 seed=2 vms=2 vc=2,1",
            T + "11.000000Z vm=1 tick=2 event=receive clock=6 queue=0 from=0 msg=5 vc=5,2",
            T + "12.000000Z vm=1 tick=2 event=stop clock=6 queue=0");

    /** Both logs' lines in the order they happened, as a live run streams them. */
    public static RunModel model() throws MalformedLineException {
        RunModel model = new RunModel(2);
        List<String> streamed = new java.util.ArrayList<>(VM0);
        streamed.addAll(VM1);
        streamed.sort(java.util.Comparator.comparing(line -> line.substring(0, line.indexOf(' '))));
        for (String line : streamed) {
            model.add(LogLineFormat.parse(line));
        }
        return model;
    }

    @Test
    void faultsBreakNoRuleAndAreCountedOnTheVmTheyHappenedTo() throws Exception {
        RunModel model = model();
        RunAnalysis analysis = RunAnalysis.of(model);
        assertEquals(List.of(), analysis.violations(), "a pause, a drop, a crash and a restart break no rule");
        VmStats sender = analysis.vms().get(0);
        VmStats crashed = analysis.vms().get(1);
        assertEquals(1, sender.pauses());
        assertEquals(1, sender.undelivered(), "the dropped message");
        assertEquals(0, sender.crashes());
        assertEquals(1, crashed.crashes());
        assertEquals(0, crashed.pauses());
        assertEquals(5, sender.ticks());
        assertEquals(2, crashed.ticks(), "the restarted process carries on with tick 2");
        assertEquals(6, crashed.finalClock());
    }

    @Test
    void theMessagesThatNeverArrivedAreAccountedForNotLost() throws Exception {
        RunModel model = model();
        assertEquals(1, model.undelivered(), "dropped by the fault, said so on its send line");
        assertEquals(1, model.lostInCrashes(), "queued at VM 1 when it crashed");
        assertEquals(0, model.inFlight());
        assertTrue(model.overtaken().isEmpty(), "FIFO matching held across the crash and restart");
        assertEquals(0, model.lostEvents());
    }

    @Test
    void aMessageSentToAVmThatHadAlreadyStoppedIsCountedApartAndIsNoFault() throws Exception {
        RunModel model = new RunModel(2);
        for (String line : List.of(
                T + "00.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=2 speed=1 seed=1 vms=2 vc=0,0",
                T + "00.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=2 vms=2 vc=0,0",
                T + "01.000000Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0",
                T + "01.000000Z vm=1 tick=1 event=internal clock=1 queue=0 value=5 vc=0,1",
                T + "01.500000Z vm=0 tick=2 event=internal clock=2 queue=0 value=9 vc=2,0",
                T + "01.990000Z vm=1 tick=1 event=stop clock=1 queue=0",
                T + "01.995000Z vm=0 tick=3 event=send clock=3 queue=0 value=1 to=1 failed=1 vc=3,0",
                T + "01.999000Z vm=0 tick=3 event=stop clock=3 queue=0")) {
            model.add(LogLineFormat.parse(line));
        }
        RunAnalysis analysis = RunAnalysis.of(model);
        assertEquals(List.of(), analysis.violations());
        VmStats sender = analysis.vms().get(0);
        assertEquals(0, sender.undelivered(), "VM 1 had stopped: the run's end, not a fault");
        assertEquals(1, sender.sentAfterStop());
    }
}
