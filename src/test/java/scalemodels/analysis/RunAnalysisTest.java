package scalemodels.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import scalemodels.log.MalformedLineException;

/** The analysis of the hand-built run in {@link RuleCheckerTest}, whose answers are worked out by hand. */
class RunAnalysisTest {

    @Test
    void perVmFiguresMatchTheHandWorkedAnswers() throws MalformedLineException {
        RunAnalysis analysis = RunAnalysis.of(RuleCheckerTest.model(RuleCheckerTest.VM0, RuleCheckerTest.VM1));
        VmStats vm0 = analysis.vms().get(0);
        VmStats vm1 = analysis.vms().get(1);

        assertEquals(2, vm0.rate());
        assertEquals(3, vm0.ticks());
        assertEquals(1, vm0.receives());
        assertEquals(1, vm0.sends());
        assertEquals(1, vm0.internals());
        assertEquals(6, vm0.finalClock());
        assertEquals(4, vm0.maxJump(), "0 -> 1 -> 2 -> 6");
        assertEquals(2.0, vm0.meanJump(), 1e-9);
        assertEquals(2 / 1.5, vm0.measuredTickRate(), 1e-9, "2 tick intervals in 1.5 s, first tick to last");
        assertEquals(3, vm0.clockMinusTicks());

        assertEquals(5, vm1.ticks());
        assertEquals(5, vm1.finalClock());
        assertEquals(1, vm1.maxJump());
        assertEquals(1, vm1.finalDrift(), "6 - 5 at the end");
        // VM 0 sends at 0.5 s with clock 1 while VM 1 is at 1 (internal at 0.33 s) -> no lag;
        // VM 1 sends clock 5 at 1.67 s while VM 0 is at 2 -> VM 0 lags 3; VM 0 receives at 2 s -> 6.
        assertEquals(3, vm0.maxDrift());
        assertEquals(1, vm1.maxDrift());

        // The message 0 -> 1 waited 0.166666 s; the message 1 -> 0 waited 0.333334 s.
        assertEquals(166.666, vm1.meanWaitMillis(), 1e-3);
        assertEquals(333.334, vm0.meanWaitMillis(), 1e-3);
        assertEquals(1, vm0.maxWaitTicks(), "sent after VM 0's tick 2, received at tick 3");

        Map<Long, Long> jumps = new TreeMap<>(Map.of(1L, 7L, 4L, 1L));
        assertEquals(jumps, analysis.jumps());
        assertEquals(Map.of(1L, 1L, 4L, 1L), analysis.receiveJumps());
        assertEquals(8, analysis.events());
        assertEquals(2.0, analysis.durationSeconds(), 1e-9);
        assertEquals(0, analysis.violations().size());
        assertEquals(2, analysis.clocks().size());
        assertEquals(6.0, analysis.clocks().get(0).y()[analysis.clocks().get(0).size() - 1], 1e-9);
    }
}
