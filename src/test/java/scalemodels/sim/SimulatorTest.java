package scalemodels.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.VmStats;
import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.log.LogLineFormat;
import scalemodels.log.RunFolder;
import scalemodels.log.RunManifest;
import scalemodels.model.RunSettings;
import scalemodels.model.VmLogic;
import scalemodels.rundata.RunLoader;
import scalemodels.rundata.RunModel;

class SimulatorTest {
    private static final RunSettings SIXTY_SECONDS = RunSettings.defaults(2024);

    @Test
    void theSameSeedGivesTheSameLogsEventForEvent(@TempDir Path logs) throws Exception {
        RunFolder first = SimulatedRun.write(SIXTY_SECONDS, 1_000, logs);
        RunFolder second = SimulatedRun.write(SIXTY_SECONDS, 1_000, logs);
        for (int vm = 0; vm < 3; vm++) {
            assertEquals(Files.readString(first.vmLog(vm)), Files.readString(second.vmLog(vm)), "vm_" + vm + ".log");
        }
        RunFolder other = SimulatedRun.write(SIXTY_SECONDS.withSeed(2025), 1_000, logs);
        assertNotEquals(Files.readString(first.vmLog(0)), Files.readString(other.vmLog(0)));
        assertEquals("simulated", RunManifest.read(first.manifest()).get("mode"));
    }

    @Test
    void aSimulatedRunKeepsEveryRuleAndTicksExactlyOnSchedule(@TempDir Path logs) throws Exception {
        RunFolder folder = SimulatedRun.write(SIXTY_SECONDS, 1_000, logs);
        RunAnalysis analysis = RunAnalysis.of(RunLoader.load(folder.dir()));
        assertEquals(List.of(), analysis.violations());
        for (VmStats vm : analysis.vms()) {
            assertEquals(vm.rate() * 60L, vm.ticks(), "a 60 s run at rate " + vm.rate());
            assertEquals(vm.rate(), vm.measuredTickRate(), 1e-6, "tick times are whole microseconds");
            assertEquals(new VmLogic(vm.vm(), SIXTY_SECONDS).rate(), vm.rate(), "the same rate as a live VM draws");
        }
    }

    @Test
    void skewedClocksMoveOnlyTheLoggedTimesSoMessagesSeemToArriveBeforeTheyWereSentAndNothingIsCalledBroken(
            @TempDir Path logs) throws Exception {
        RunSettings skewed = SIXTY_SECONDS.withClockSkew(scalemodels.model.ClockSkew.parse("1:+250ms,2:-40ppm"));
        RunModel plain = RunLoader.load(SimulatedRun.write(SIXTY_SECONDS, 1_000, logs).dir());
        RunFolder folder = SimulatedRun.write(skewed, 1_000, logs);
        RunModel model = RunLoader.load(folder.dir());
        int backwards = 0;
        for (int vm = 0; vm < 3; vm++) {
            var a = plain.lane(vm);
            var b = model.lane(vm);
            assertEquals(a.size(), b.size(), "the same draws, the same events");
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.clock(i), b.clock(i));
                long expected = skewed.clockSkew().stamp(vm, a.time(i), Simulator.VIRTUAL_EPOCH_MICROS);
                assertEquals(expected, b.time(i), "VM " + vm + " event " + i + " stamped by its own clock");
                if (b.type(i) == scalemodels.event.EventType.RECEIVE
                        && b.time(i) < model.lane(b.sender(i)).time(b.partner(i))) {
                    backwards++;
                }
            }
        }
        assertTrue(backwards > 10, "VM 1's messages, stamped 250 ms ahead, arrive 'before' they left: " + backwards);
        assertEquals(List.of(), RunAnalysis.of(model).violations(), "a skewed run is not a broken one");
        assertEquals(Files.readString(SimulatedRun.write(skewed, 1_000, logs).vmLog(1)),
                Files.readString(folder.vmLog(1)), "deterministic");
    }

    @Test
    void eventsComeInTimeOrderAndInTheLogFormat() {
        List<LogEvent> events = new ArrayList<>();
        long count = new Simulator(new RunSettings(4, 9, 1, 6, 10, 3, 5), 0).run(events::add);
        assertEquals(events.size(), count);
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).timeMicros() >= events.get(i - 1).timeMicros(), "time order at " + i);
        }
        assertEquals(EventType.START, events.get(0).type());
        assertEquals(Simulator.VIRTUAL_EPOCH_MICROS, events.get(0).timeMicros());
        LogEvent last = events.get(events.size() - 1);
        assertEquals(EventType.STOP, last.type());
        assertEquals(Simulator.VIRTUAL_EPOCH_MICROS + 5_000_000, last.timeMicros());
        assertTrue(LogLineFormat.format(last).startsWith("time=2000-01-01T00:00:05.000000Z"));
    }

    @Test
    void theNetworkDelayIsHowLongEveryMessageTakes(@TempDir Path logs) throws Exception {
        RunSettings settings = new RunSettings(3, 31, 6, 6, 10, 1, 20);
        RunAnalysis fast = RunAnalysis.of(RunLoader.load(SimulatedRun.write(settings, 0, logs).dir()));
        RunAnalysis slow = RunAnalysis.of(RunLoader.load(SimulatedRun.write(settings, 400_000, logs).dir()));
        // At 6 ticks/s a tick is 166.7 ms: a 400 ms delay makes every message wait at least 400 ms.
        for (VmStats vm : slow.vms()) {
            if (vm.receives() > 0) {
                assertTrue(vm.meanWaitMillis() >= 400, "VM " + vm.vm() + " waited " + vm.meanWaitMillis());
            }
        }
        assertTrue(fast.mean(VmStats::meanWaitMillis) < 200, "no delay: waits are below one tick or so");
        assertEquals(List.of(), slow.violations());
    }

    @Test
    void aRunWithoutEndOrWithABadDelayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Simulator(RunSettings.defaults(1).withSeed(1)
                .withDuration(0), 0));
        assertThrows(IllegalArgumentException.class, () -> new Simulator(RunSettings.defaults(1), -1));
    }

    @Test
    void receivesCarryTheirSendsTimestamp() {
        List<LogEvent> events = new ArrayList<>();
        new Simulator(new RunSettings(2, 5, 2, 2, 3, 1, 3), 10_000).run(events::add);
        long[] lastSendClock = {-1, -1};
        int receives = 0;
        for (LogEvent e : events) {
            if (e.detail() instanceof EventDetail.Send) {
                lastSendClock[e.vm()] = e.clock();
            } else if (e.detail() instanceof EventDetail.Receive r) {
                assertTrue(r.msg() <= lastSendClock[r.from()], "received a timestamp that was sent");
                receives++;
            }
        }
        assertTrue(receives > 0);
    }
}
