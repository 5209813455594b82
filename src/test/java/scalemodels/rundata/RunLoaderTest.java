package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.sim.SimulatedRun;
import scalemodels.sim.Simulator;

/** Loading fills the lanes in parallel and links them afterwards; the result must be the run as it was live. */
class RunLoaderTest {
    @TempDir
    Path dir;

    @Test
    void aLoadedRunEqualsTheSameEventsAddedOneByOneAsTheyHappened() throws Exception {
        RunSettings settings = new RunSettings(4, 21, 1, 6, 10, 40, 30);
        RunFolder folder = SimulatedRun.write(settings, 2_000, dir);
        RunModel live = new RunModel(settings.vms());
        new Simulator(settings, 2_000).run(live::add);

        RunModel loaded = RunLoader.load(folder.dir());

        assertEquals(live.events(), loaded.events());
        assertTrue(loaded.events() > 10_000, "a run with something to match: " + loaded.events());
        assertEquals(live.lostEvents(), loaded.lostEvents());
        assertEquals(live.inFlight(), loaded.inFlight());
        assertEquals(live.maxLatencyMicros(), loaded.maxLatencyMicros());
        assertEquals(live.startMicros(), loaded.startMicros());
        assertEquals(live.lastEventMicros(), loaded.lastEventMicros());
        for (int vm = 0; vm < settings.vms(); vm++) {
            LaneData a = live.lane(vm);
            LaneData b = loaded.lane(vm);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.partner(i), b.partner(i), "partner of VM " + vm + " event " + i);
                assertEquals(a.clock(i), b.clock(i));
                assertEquals(a.time(i), b.time(i));
                assertEquals(i + 1, b.line(i));
            }
        }
    }

    @Test
    void aLineOfAnotherVmInALogIsNamedWithItsFileAndLine() throws IOException {
        Files.writeString(dir.resolve("vm_0.log"), String.join("\n",
                "time=2026-11-24T17:23:47.123456Z vm=0 tick=0 event=start clock=0 queue=0 rate=4 speed=1 seed=8 vms=2 vc=0,0",
                "time=2026-11-24T17:23:47.373456Z vm=1 tick=1 event=internal clock=1 queue=0 value=7 vc=0,1"),
                StandardCharsets.UTF_8);
        LogParseException e = assertThrows(LogParseException.class, () -> RunLoader.load(dir));
        assertEquals(2, e.lineNumber());
        assertEquals("vm=1 in the log of VM 0", e.reason());
    }

    @Test
    void theFirstBrokenLogInVmOrderIsReportedWhenSeveralAre() throws IOException {
        for (int vm = 0; vm < 3; vm++) {
            Files.writeString(dir.resolve("vm_" + vm + ".log"), "\n".repeat(vm + 1) + "not an event\n");
        }
        LogParseException e = assertThrows(LogParseException.class, () -> RunLoader.load(dir));
        assertEquals(dir.resolve("vm_0.log"), e.file());
        assertEquals(2, e.lineNumber());
    }

    @Test
    void vmIdsBeyondWhatTheLanesCanHoldAreRefusedClearly() throws IOException {
        Files.writeString(dir.resolve("vm_40.log"), "");
        IOException e = assertThrows(IOException.class, () -> RunLoader.load(dir));
        assertTrue(e.getMessage().contains("at most 31 VMs"), e.getMessage());
    }
}
