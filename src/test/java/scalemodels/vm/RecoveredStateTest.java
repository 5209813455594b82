package scalemodels.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.event.EventDetail;
import scalemodels.log.EventLogWriter;
import scalemodels.log.LogLineFormat;
import scalemodels.model.RunSettings;
import scalemodels.model.TickOutcome;
import scalemodels.model.VmLogic;

/** A restarted VM carries on from its own log: tick, clock, vector clock and the draws it made. */
class RecoveredStateTest {
    @TempDir
    Path dir;

    @Test
    void theStateIsTheLastLoggedOneAndTheDrawsGoOnWhereTheyStopped() throws Exception {
        RunSettings settings = new RunSettings(3, 42, 1, 6, 10, 1, 0);
        VmLogic original = new VmLogic(1, settings);
        Path log = dir.resolve("vm_1.log");
        try (EventLogWriter writer = new EventLogWriter(log)) {
            writer.write(original.startEvent(1_000_000, 1), true);
            for (int t = 1; t <= 25; t++) {
                writer.write(original.onTick(1_000_000 + t * 1000L, null, 0).event(), true);
            }
            writer.write(original.annotation(1_030_000, 0, new EventDetail.Crash()), true);
        }
        RecoveredState state = RecoveredState.read(log, 1).orElseThrow();
        assertEquals(25, state.tick());
        assertEquals(original.clock(), state.clock());
        assertEquals(25, state.draws(), "every tick without a message drew once");

        VmLogic restarted = new VmLogic(1, settings);
        state.applyTo(restarted);
        TickOutcome next = original.onTick(2_000_000, null, 0);
        TickOutcome again = restarted.onTick(2_000_000, null, 0);
        assertEquals(LogLineFormat.format(next.event()), LogLineFormat.format(again.event()),
                "the same next draw, clock and vector clock");
        assertArrayEquals(next.recipients(), again.recipients());
    }

    @Test
    void aMissingOrUnreadableLogCannotBeRestartedFromAndSaysWhy() throws IOException {
        IOException missing = assertThrows(IOException.class, () -> RecoveredState.read(dir.resolve("vm_0.log"), 0));
        assertTrue(missing.getMessage().startsWith("no log"), missing.getMessage());
        Path foreign = Files.writeString(dir.resolve("vm_2.log"),
                "time=2026-12-03T06:33:25.737810Z vm=2 tick=1 event=internal clock=1 queue=0 value=5\n");
        IOException noClock = assertThrows(IOException.class, () -> RecoveredState.read(foreign, 2));
        assertTrue(noClock.getMessage().startsWith("cannot restart VM 2 from its log: ")
                && noClock.getMessage().contains("missing key 'vc'"), noClock.getMessage());
    }

    @Test
    void aProcessKilledBeforeItsStartLineLeavesNothingToCarryOnFrom() throws IOException {
        // Killed between its start-up and its first line: the log is empty, or holds only the crash line.
        Path empty = Files.writeString(dir.resolve("vm_1.log"), "");
        assertEquals(Optional.empty(), RecoveredState.read(empty, 1));
        Path crashOnly = Files.writeString(dir.resolve("vm_2.log"),
                "time=2026-12-03T06:33:25.737810Z vm=2 tick=0 event=crash clock=0 queue=0\n");
        assertEquals(Optional.empty(), RecoveredState.read(crashOnly, 2));
    }
}
