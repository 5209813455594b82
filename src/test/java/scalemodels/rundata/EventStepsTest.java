package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import scalemodels.model.RunSettings;
import scalemodels.sim.Simulator;

/** Stepping event by event visits the run in (time, VM, index) order, forwards and backwards, or one VM's lane. */
class EventStepsTest {
    @Test
    void stepsVisitEveryEventInTimeOrderTiesByVmBothWays() throws Exception {
        RunModel hand = CausalOrderTest.model(true);
        assertWalks(hand);
        // VM 0's internal and VM 1's send share 4.000000 s: VM 0's comes first.
        assertEquals(new EventRef(1, 3), EventSteps.next(hand, new EventRef(0, 4), false));
        assertEquals(new EventRef(0, 4), EventSteps.previous(hand, new EventRef(1, 3), false));
        RunModel simulated = new RunModel(4);
        new Simulator(new RunSettings(4, 3, 1, 6, 10, 1, 20), 0).run(simulated::add); // no delay: many equal times
        assertWalks(simulated);
    }

    @Test
    void oneVmsStepsStayOnItsLane() throws Exception {
        RunModel hand = CausalOrderTest.model(true);
        assertEquals(new EventRef(2, 3), EventSteps.next(hand, new EventRef(2, 2), true));
        assertEquals(new EventRef(2, 1), EventSteps.previous(hand, new EventRef(2, 2), true));
        assertNull(EventSteps.next(hand, new EventRef(2, 4), true), "the lane's last");
        assertNull(EventSteps.previous(hand, new EventRef(0, 0), false), "the run's first");
        long fourSeconds = hand.lane(0).time(4);
        assertEquals(new EventRef(1, 3), EventSteps.lastAtOrBefore(hand, fourSeconds), "VM 1's send, last at 4 s");
        assertEquals(new EventRef(0, 4), EventSteps.at(hand, fourSeconds), "VM 0's internal, first at 4 s");
    }

    private static void assertWalks(RunModel model) {
        List<EventRef> expected = new ArrayList<>();
        for (int vm = 0; vm < model.vms(); vm++) {
            for (int i = 0; i < model.lane(vm).size(); i++) {
                expected.add(new EventRef(vm, i));
            }
        }
        expected.sort(Comparator.<EventRef>comparingLong(e -> model.lane(e.lane()).time(e.index()))
                .thenComparingInt(EventRef::lane).thenComparingInt(EventRef::index));
        List<EventRef> forwards = new ArrayList<>();
        for (EventRef e = EventSteps.at(model, Long.MIN_VALUE); e != null; e = EventSteps.next(model, e, false)) {
            forwards.add(e);
        }
        assertEquals(expected, forwards);
        List<EventRef> backwards = new ArrayList<>();
        for (EventRef e = expected.get(expected.size() - 1); e != null; e = EventSteps.previous(model, e, false)) {
            backwards.add(0, e);
        }
        assertEquals(expected, backwards);
    }
}
