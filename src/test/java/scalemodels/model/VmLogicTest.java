package scalemodels.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;

class VmLogicTest {
    private static final RunSettings SETTINGS = RunSettings.defaults(812);

    @Test
    void receiveTakesTheMaximumPlusOne() {
        VmLogic vm = new VmLogic(0, SETTINGS);
        LogEvent ahead = vm.onTick(1, new Message(2, 6, new long[] {0, 0, 6}), 1).event();
        assertEquals(7, ahead.clock());
        assertEquals(new EventDetail.Receive(2, 6), ahead.detail());
        assertEquals(1, ahead.queue());
        assertArrayEquals(new long[] {1, 0, 6}, ahead.vc());

        LogEvent behind = vm.onTick(2, new Message(1, 3, new long[] {0, 3, 0}), 0).event();
        assertEquals(8, behind.clock(), "a message from the past still advances the clock by one");
        assertArrayEquals(new long[] {2, 3, 6}, behind.vc());
    }

    @Test
    void sendsAndInternalEventsAddOneAndASendCarriesItsOwnTimestamp() {
        VmLogic vm = new VmLogic(1, SETTINGS);
        for (int i = 1; i <= 200; i++) {
            TickOutcome outcome = vm.onTick(i, null, 0);
            LogEvent event = outcome.event();
            assertEquals(i, event.clock());
            assertEquals(i, event.tick());
            assertEquals(i, event.vc()[1]);
            if (event.type() == EventType.SEND) {
                EventDetail.Send send = (EventDetail.Send) event.detail();
                assertTrue(send.value() >= 1 && send.value() <= 3);
                assertArrayEquals(Recipients.forValue(send.value(), 1, 3), outcome.recipients());
                assertEquals(event.clock(), outcome.outgoing().clock());
                assertArrayEquals(event.vc(), outcome.outgoing().vector());
                assertEquals(1, outcome.outgoing().from());
            } else {
                EventDetail.Internal internal = assertInstanceOf(EventDetail.Internal.class, event.detail());
                assertTrue(internal.value() >= 4 && internal.value() <= 10);
                assertNull(outcome.outgoing());
            }
        }
    }

    @Test
    void theSameSeedDrawsTheSameRateAndValues() {
        assertEquals(draws(new VmLogic(2, SETTINGS)), draws(new VmLogic(2, SETTINGS)));
        assertEquals(new VmLogic(2, SETTINGS).rate(), new VmLogic(2, SETTINGS).rate());
        assertTrue(!draws(new VmLogic(2, SETTINGS)).equals(draws(new VmLogic(2, SETTINGS.withSeed(813)))));
    }

    @Test
    void ratesStayWithinTheirRangeAndCoverIt() {
        boolean[] seen = new boolean[7];
        for (long seed = 0; seed < 200; seed++) {
            int rate = new VmLogic(0, SETTINGS.withSeed(seed)).rate();
            assertTrue(rate >= 1 && rate <= 6, "rate " + rate);
            seen[rate] = true;
        }
        for (int rate = 1; rate <= 6; rate++) {
            assertTrue(seen[rate], "rate " + rate + " never drawn in 200 seeds");
        }
    }

    @Test
    void startAndStopFrameTheLog() {
        VmLogic vm = new VmLogic(0, SETTINGS);
        LogEvent start = vm.startEvent(5, 2.5);
        assertEquals(0, start.tick());
        assertEquals(new EventDetail.Start(vm.rate(), 2.5, SETTINGS.vmSeed(0), 3), start.detail());
        vm.onTick(6, null, 0);
        vm.onTick(7, null, 0);
        LogEvent stop = vm.stopEvent(8, 4);
        assertEquals(2, stop.tick());
        assertEquals(2, stop.clock());
        assertEquals(4, stop.queue());
        assertNull(stop.vc());
    }

    private static List<String> draws(VmLogic vm) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add(String.valueOf(vm.onTick(i, null, 0).event().detail()).replaceAll("\\[I@\\w+", "to"));
        }
        return values;
    }
}
