package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RuleChecker;
import scalemodels.event.LogEvent;
import scalemodels.log.EventLogWriter;
import scalemodels.log.LogWriteException;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.sim.SimulatedRun;

/** One bad file spoils nothing else: it is reported and the rest is read and judged. */
@Timeout(60)
class BadFilesTest {
    private static RunFolder run(Path dir) throws Exception {
        return SimulatedRun.write(new RunSettings(3, 5, 1, 6, 10, 1, 10), 1_000, dir);
    }

    @Test
    void aFifoAndAnEmptyLogAreReportedAndTheRestIsJudged(@TempDir Path dir) throws Exception {
        RunFolder folder = run(dir);
        Files.delete(folder.vmLog(1));
        Process mkfifo = new ProcessBuilder("mkfifo", folder.vmLog(1).toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Files.write(folder.vmLog(2), new byte[0]);
        LoadedRun loaded = RunOpener.open(folder.dir(), null);
        assertTrue(loaded.problems().stream().anyMatch(p -> p.startsWith("vm_1.log: not a regular file")),
                loaded.problems().toString());
        assertTrue(loaded.problems().contains("vm_2.log: empty"), loaded.problems().toString());
        assertTrue(loaded.model().lane(0).size() > 10, "VM 0's log is read");
        // What VM 0 sent to the VMs whose logs are missing proves nothing against it.
        assertEquals(List.of(), RuleChecker.check(loaded.model()).stream()
                .filter(v -> v.vm() == 0 && !v.message().contains("never arrived")).toList());
    }

    @Test
    void twoEmptyLogsAreNothingReadableNotACleanVerdict(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("vm_0.log"), new byte[0]);
        Files.write(dir.resolve("vm_1.log"), new byte[0]);
        IOException e = assertThrows(IOException.class, () -> RunOpener.open(dir, null));
        assertTrue(e.getMessage().startsWith("nothing readable in"), e.getMessage());
    }

    @Test
    void aRunStillGoingIsAnalysedWithANote(@TempDir Path dir) throws Exception {
        RunFolder folder = run(dir);
        List<String> manifest = Files.readAllLines(folder.manifest());
        assertTrue(manifest.removeIf(l -> l.startsWith("ended_at=")), "a finished run's manifest has ended_at");
        Files.write(folder.manifest(), manifest);
        LoadedRun loaded = RunOpener.open(folder.dir(), null);
        assertTrue(loaded.notes().get(0).startsWith("this run is in progress"), loaded.notes().toString());
        assertEquals(List.of(), RuleChecker.check(loaded.model()));
    }

    @Test
    void aPatternThatBacktracksWithoutEndGivesUpOnItsLineAndReadsTheRest(@TempDir Path dir) throws Exception {
        // Forty a's and no match: (.*a){20} tries every way of splitting them, more than a lifetime of ways.
        Files.write(dir.resolve("m0.log"), List.of("a".repeat(40) + "!", "SEND 1", "aaaa 2"));
        Path format = dir.resolve("catastrophic.properties");
        Files.write(format, List.of("files = m(?<vm>\\\\d+)\\\\.log",
                "event = ^(?<event>SEND|a+) (?<clock>\\\\d+)$|^(?:.*a){20}$",
                "type.send = SEND", "type.receive = (?!)", "type.internal = a+", "time.format = order"));
        long started = System.nanoTime();
        ImportResult result = LogImporter.importPath(dir, LogFormat.load(format));
        assertTrue(System.nanoTime() - started < 30_000_000_000L, "gave up instead of backtracking for ages");
        assertEquals(List.of("m0.log:1: the " + "catastrophic.properties event pattern backtracks too much on this "
                + "line to decide (check the pattern); skipped"), result.problems());
        assertEquals(2, result.model().events(), "the other lines are read");
    }

    @Test
    void aFullDiskGivesOneSentenceNamingTheFile() {
        Path full = Path.of("/dev/full");
        LogWriteException e = assertThrows(LogWriteException.class, () -> {
            try (EventLogWriter writer = new EventLogWriter(full)) {
                writer.write(new LogEvent(0, 0, 0, 0, 0, new scalemodels.event.EventDetail.Internal(1), null));
            }
        });
        assertTrue(e.getMessage().startsWith("cannot write full (/dev): No space left on device"), e.getMessage());
    }
}
