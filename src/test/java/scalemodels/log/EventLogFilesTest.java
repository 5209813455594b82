package scalemodels.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.event.EventType;
import scalemodels.model.RunSettings;
import scalemodels.model.VmLogic;

class EventLogFilesTest {
    @TempDir
    Path logs;

    @Test
    void writtenLogsReadBackEventForEventWithLfEndings() throws Exception {
        RunFolder folder = RunFolder.create(logs, Instant.parse("2026-11-24T17:23:47Z"), RunSettings.defaults(812));
        assertEquals("2026-11-24_17-23-47_seed-812", folder.runId());
        VmLogic vm = new VmLogic(0, RunSettings.defaults(812));
        try (EventLogWriter writer = new EventLogWriter(folder.vmLog(0))) {
            writer.write(vm.startEvent(1_000_000, 1));
            for (int i = 1; i <= 50; i++) {
                writer.write(vm.onTick(1_000_000 + i * 250_000L, null, 0).event());
            }
            writer.write(vm.stopEvent(20_000_000, 0));
        }
        String text = Files.readString(folder.vmLog(0), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n") && !text.contains("\r"), "LF endings only");
        VmLog log = EventLogReader.read(folder.vmLog(0));
        assertEquals(52, log.events().size());
        assertEquals(EventType.STOP, log.events().get(51).type());
        assertEquals(50, log.events().get(51).clock());
        assertEquals(List.of(folder.vmLog(0)), folder.vmLogFiles());
    }

    @Test
    void aMalformedLineIsReportedWithItsFileAndLineNumber() throws IOException {
        Path file = logs.resolve("vm_0.log");
        Files.writeString(file, String.join("\n",
                "time=2026-11-24T17:23:47.123456Z vm=0 tick=0 event=start clock=0 queue=0 rate=4 speed=1 seed=812 vms=3 vc=0,0,0",
                "",
                "time=2026-11-24T17:23:47.373456Z vm=0 tick=1 event=internal clock=1 queue=0 value=7 vc=1,0,0",
                "time=2026-11-24T17:23:47.623456Z vm=0 tick=2 event=send clock=2 queue=0 value=3"), StandardCharsets.UTF_8);
        LogParseException e = assertThrows(LogParseException.class, () -> EventLogReader.read(file));
        assertEquals(4, e.lineNumber());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().endsWith("vm_0.log:4: missing key 'to'"), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        Path file = logs.resolve("vm_1.log");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 'a', '\n'});
        LogParseException e = assertThrows(LogParseException.class, () -> EventLogReader.read(file));
        assertTrue(e.reason().contains("UTF-8"), e.getMessage());
    }

    @Test
    void runFolderNamesNeverCollide() throws IOException {
        Instant now = Instant.parse("2026-11-24T17:23:47Z");
        RunFolder first = RunFolder.create(logs, now, RunSettings.defaults(5));
        RunFolder second = RunFolder.create(logs, now, RunSettings.defaults(5));
        assertEquals("2026-11-24_17-23-47_seed-5", first.runId());
        assertEquals("2026-11-24_17-23-47_seed-5-2", second.runId());
    }

    @Test
    void theManifestRecordsEverySettingNeededToRerun() throws IOException {
        RunFolder folder = RunFolder.create(logs, Instant.now(), RunSettings.defaults(99));
        RunSettings settings = new RunSettings(4, 99, 2, 5, 7, 2.5, 30);
        RunManifest.of(folder, settings, "processes").put("rates", "2,3,4,5").write(folder.manifest());
        RunManifest read = RunManifest.read(folder.manifest());
        assertEquals(settings, read.settings());
        assertEquals("2,3,4,5", read.get("rates"));
        assertEquals(RunManifest.FORMAT, read.get("format"));
    }
}
