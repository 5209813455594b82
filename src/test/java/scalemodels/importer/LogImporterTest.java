package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RunAnalysis;
import static scalemodels.TestData.sampleLogs;
import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

class LogImporterTest {

    @Test
    void theSharedSampleLogsImportWithTheirFinalClocksAndRates() throws Exception {
        LoadedRun run = RunOpener.open(sampleLogs(), null);
        assertEquals("sukikrishna", run.format(), "detected without being told");
        assertEquals(List.of(), run.problems());
        RunModel model = run.model();
        assertEquals(3, model.vms());
        long[] finalClocks = {295, 293, 234};
        int[] rates = {5, 3, 1};
        for (int vm = 0; vm < 3; vm++) {
            LaneData lane = model.lane(vm);
            assertEquals(finalClocks[vm], lane.clock(lane.size() - 1), "final clock of VM " + vm);
            assertEquals(rates[vm], lane.rate(), "rate of VM " + vm + " from its header");
            assertEquals(-1, lane.queue(0) == -1 ? -1 : lane.queue(0), "sends carry no queue length");
        }
        assertEquals(16, model.lane(2).queue(model.lane(2).size() - 1), "the last receive of VM 2 left 16 waiting");
        assertEquals(LaneData.UNKNOWN_RECIPIENTS, model.lane(0).recipientMask(0));
        RunAnalysis analysis = RunAnalysis.of(model);
        assertEquals(List.of(), analysis.violations(), "their implementation keeps Lamport's rules");
        assertEquals(531, analysis.events());
        assertTrue(model.lane(0).sender(1) >= 0, "a receive's sender is found from the timestamp it carried");
    }

    @Test
    void theirLogWithABrokenClockIsCaughtAtItsLine(@TempDir Path dir) throws Exception {
        for (String name : List.of("sim1_vm0_log.txt", "sim1_vm1_log.txt", "sim1_vm2_log.txt")) {
            Files.copy(sampleLogs().resolve(name), dir.resolve(name));
        }
        Path vm0 = dir.resolve("sim1_vm0_log.txt");
        List<String> lines = Files.readAllLines(vm0);
        int line = lines.indexOf("Received: 1 | System time: 2025-03-04 17:28:02.621022 | Logical Clock Time: 2 | Message Queue Length: 0");
        lines.set(line, lines.get(line).replace("Logical Clock Time: 2", "Logical Clock Time: 1"));
        Files.write(vm0, lines);
        RunAnalysis analysis = RunAnalysis.of(RunOpener.open(dir, "sukikrishna").model());
        assertTrue(analysis.violations().stream().anyMatch(v -> v.file().equals(vm0) && v.line() == line + 1
                && v.message().contains("max(1, 1) + 1 = 2, not 1")), analysis.violations().toString());
    }

    @Test
    void linesThatDoNotFitAreReportedAndTheRestIsImported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sim_vm0_log.txt"), String.join("\n",
                "Clock rate: 2 ticks per second",
                "Internal event | System time: 2025-03-04 17:28:02.000000 | Logical Clock Time: 1",
                "this line is garbage",
                "Internal event | System time: 2025-03-04 17:28:02.500000 | Logical Clock Time: 2",
                "Exploded event | System time: 2025-03-04 17:28:03.000000 | Logical Clock Time: 3",
                "Internal event | System time: yesterday | Logical Clock Time: 4", ""), StandardCharsets.UTF_8);
        ImportResult result = LogImporter.importPath(dir, LogFormats.preset("sukikrishna"));
        assertEquals(2, result.model().lane(0).size());
        assertEquals(3, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).startsWith("sim_vm0_log.txt:3: does not match"), result.problems().toString());
        assertTrue(result.problems().get(1).startsWith("sim_vm0_log.txt:5: does not match"), result.problems().toString());
        assertTrue(result.problems().get(2).startsWith("sim_vm0_log.txt:6: does not match"), result.problems().toString());
    }

    @Test
    void aFormatFileMapsAnyImplementationsWords(@TempDir Path dir) throws Exception {
        Path format = dir.resolve("mine.properties");
        Files.writeString(format, String.join("\n",
                "name = mine",
                "files = node(?<vm>\\\\d+)\\\\.log",
                "event = ^\\\\[(?<time>[^\\\\]]+)\\\\] (?<event>GOT|PUT|WORK) lc=(?<clock>\\\\d+)(?: peer=(?<peer>\\\\d+))?(?: ts=(?<msg>\\\\d+))?(?: note=(?<note>\\\\S+))?$",
                "type.receive = GOT",
                "type.send = PUT",
                "type.internal = WORK",
                "time.format = iso"), StandardCharsets.UTF_8);
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("node0.log"), String.join("\n",
                "[2026-01-01T00:00:01Z] PUT lc=1 peer=1 note=hello",
                "[2026-01-01T00:00:03Z] WORK lc=2"), StandardCharsets.UTF_8);
        Files.writeString(logs.resolve("node1.log"), String.join("\n",
                "[2026-01-01T00:00:02Z] GOT lc=2 peer=0 ts=1"), StandardCharsets.UTF_8);
        LoadedRun run = RunOpener.open(logs, format.toString());
        assertEquals("mine", run.format());
        RunModel model = run.model();
        assertEquals(2, model.vms());
        assertEquals(EventType.RECEIVE, model.lane(1).type(0));
        assertEquals(0, model.lane(1).partner(0), "matched to node 0's send");
        assertEquals("note=hello", model.lane(0).extra(0), "unknown groups are kept as extra fields");
        assertEquals(List.of(), RunAnalysis.of(model).violations());
    }

    @Test
    void hostileFilesGiveMessagesNotCrashes(@TempDir Path dir) throws Exception {
        byte[] noise = new byte[200_000];
        new Random(1).nextBytes(noise);
        Files.write(dir.resolve("junk_vm0_log.txt"), noise);
        Files.writeString(dir.resolve("junk_vm1_log.txt"), "Sent: " + "9".repeat(100_000) + "\n");
        Files.writeString(dir.resolve("junk_vm2_log.txt"), "Sent: 99999999999999999999999 | System time: "
                + "2025-03-04 17:28:02.421567 | Logical Clock Time: 99999999999999999999999\n");
        IOException e = assertThrows(IOException.class, () -> LogImporter.importPath(dir,
                LogFormats.preset("sukikrishna")));
        assertTrue(e.getMessage().startsWith("no usable events found in"), e.getMessage());
        assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
        IOException none = assertThrows(IOException.class, () -> RunOpener.open(dir, null));
        assertTrue(none.getMessage().contains("with any known format"), none.getMessage());
    }

    @Test
    void aDamagedRunFolderStillOpensWithItsBadLinesListed(@TempDir Path dir) throws Exception {
        scalemodels.log.RunFolder run = scalemodels.sim.SimulatedRun.write(
                new scalemodels.model.RunSettings(2, 3, 2, 2, 10, 1, 5), 1_000, dir);
        Path log = run.vmLog(0);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
        lines.add(3, "x".repeat(2_000_000));
        lines.add(5, new String(new byte[] {(byte) 0xc3, (byte) 0x28, 'z'}, StandardCharsets.ISO_8859_1));
        lines.add(7, lines.get(6).replaceFirst("clock=\\d+", "clock=99999999999999999999999"));
        Files.write(log, lines, StandardCharsets.ISO_8859_1);
        LoadedRun opened = RunOpener.open(run.dir(), null);
        assertEquals("scale-models", opened.format(), "read line by line by the event-line contract");
        List<String> problems = opened.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("vm_0.log:4: line of more than 1048576 bytes"), problems.toString());
        assertEquals("vm_0.log:6: not UTF-8 text; skipped", problems.get(1));
        assertTrue(problems.get(2).startsWith("vm_0.log:8: ") && problems.get(2).contains("clock")
                && problems.get(2).endsWith("; skipped"), problems.toString());
        assertTrue(opened.model().lane(0).size() >= 10, "the good lines are all there");
        assertTrue(opened.model().lane(1).size() >= 10);
    }

    @Test
    void aBrokenFormatDefinitionSaysWhatIsWrong(@TempDir Path dir) throws Exception {
        Path format = dir.resolve("bad.properties");
        Files.writeString(format, "name = bad\nevent = ^(?<event>[a-z+$\ntype.send = s\ntype.receive = r\ntype.internal = i\n");
        IOException e = assertThrows(IOException.class, () -> LogFormats.resolve(format.toString()));
        assertTrue(e.getMessage().contains("'event' is not a valid regular expression"), e.getMessage());
        IOException unknown = assertThrows(IOException.class, () -> LogFormats.resolve("no-such-format"));
        assertTrue(unknown.getMessage().contains("neither a preset"), unknown.getMessage());
    }
}
