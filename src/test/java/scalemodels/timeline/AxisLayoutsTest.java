package scalemodels.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import scalemodels.model.RunSettings;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.LogicalLayout;
import scalemodels.rundata.LogicalLayout.Axis;
import scalemodels.rundata.RunModel;
import scalemodels.sim.Simulator;

/** Switching the timeline's axis: the layouts drawn, and the morph between them, frame by frame. */
class AxisLayoutsTest {
    private static RunModel run() {
        RunModel run = new RunModel(3);
        new Simulator(new RunSettings(3, 4, 1, 6, 10, 1, 20), 1_000).run(run::add);
        return run;
    }

    @Test
    void aSwitchMorphsFromTheOldLayoutToTheNewAndThenDrawsTheNew() {
        RunModel run = run();
        AxisLayouts axes = new AxisLayouts();
        axes.setSource(run);
        long t0 = 1_000_000_000L;
        assertSame(run, axes.shown(t0), "real time: the run itself");
        assertTrue(axes.setAxis(Axis.LAMPORT, t0));
        assertFalse(axes.setAxis(Axis.LAMPORT, t0), "already there");
        RunModel settled = axes.settled(t0);
        assertEquals(run.lane(0).clock(3) * LogicalLayout.UNIT, settled.lane(0).time(3),
                "the settled layout is Lamport's: VM 0's fourth event at its clock");

        assertTrue(axes.morphing(t0 + AxisLayouts.MORPH_NANOS / 2));
        RunModel half = axes.shown(t0 + AxisLayouts.MORPH_NANOS / 2);
        // Half way, each event is half way between its places in the two whole-run layouts.
        LaneData lane = run.lane(1);
        int i = lane.size() / 2;
        double fromShare = (lane.time(i) - run.startMicros()) / (double) (run.lastEventMicros() - run.startMicros());
        double toShare = (settled.lane(1).time(i) - settled.startMicros())
                / (double) (settled.lastEventMicros() - settled.startMicros());
        double halfShare = (half.lane(1).time(i) - settled.startMicros())
                / (double) (settled.lastEventMicros() - settled.startMicros());
        assertEquals((fromShare + toShare) / 2, halfShare, 1e-3);
        for (int vm = 0; vm < 3; vm++) {
            for (int k = 1; k < half.lane(vm).size(); k++) {
                assertTrue(half.lane(vm).time(k) >= half.lane(vm).time(k - 1), "a lane keeps its order mid-morph");
            }
        }

        assertFalse(axes.morphing(t0 + AxisLayouts.MORPH_NANOS));
        assertSame(settled, axes.shown(t0 + AxisLayouts.MORPH_NANOS), "after the morph: the layout itself");
        axes.setAxis(Axis.REAL_TIME, t0 + 2 * AxisLayouts.MORPH_NANOS);
        assertSame(run, axes.shown(t0 + 4 * AxisLayouts.MORPH_NANOS));
    }

    @Test
    void aNewRunKeepsTheAxisAndALargeRunSwitchesAtOnce() {
        AxisLayouts axes = new AxisLayouts();
        axes.setAxis(Axis.TOTAL_ORDER, 0);
        RunModel run = run();
        axes.setSource(run);
        assertEquals(Axis.TOTAL_ORDER, axes.axis());
        assertEquals(LogicalLayout.UNIT, axes.shown(0).lane(0).time(0), "VM 0's start is #1");

        RunModel big = new RunModel(3);
        new Simulator(new RunSettings(3, 4, 1, 6, 10, 100, 60), 1_000).run(big::add);
        assertTrue(big.events() > AxisLayouts.MORPH_UP_TO);
        axes.setSource(big);
        axes.setAxis(Axis.LAMPORT, 0);
        assertFalse(axes.morphing(1), "too many events to lay out every frame: no morph");
    }
}
