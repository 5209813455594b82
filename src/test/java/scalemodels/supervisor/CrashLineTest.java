package scalemodels.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.log.LogLineFormat;
import scalemodels.model.RunSettings;
import scalemodels.model.VmLogic;

/** The supervisor's crash line: a half-written last line is cut, the crash follows the last whole line. */
class CrashLineTest {
    @TempDir
    Path dir;

    private static final String LINE_1 = "time=2026-12-02T19:00:00.000001Z vm=2 tick=1 event=internal clock=1 queue=0 "
            + "value=7 vc=0,0,1";
    private static final String LINE_2 = "time=2026-12-02T19:00:00.500001Z vm=2 tick=2 event=receive clock=9 queue=3 "
            + "from=0 msg=8 vc=8,0,2";

    @Test
    void aHalfLineIsCutAndTheCrashCarriesTheLastWholeLinesState() throws Exception {
        Path log = Files.writeString(dir.resolve("vm_2.log"), LINE_1 + "\n" + LINE_2 + "\ntime=2026-12-02T19:00:01");
        Optional<LogEvent> crash = CrashLine.append(log, LINE_2, null, null).crash();
        assertTrue(crash.isPresent());
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(LINE_2, lines.get(1));
        LogEvent written = LogLineFormat.parse(lines.get(2));
        assertEquals(EventType.CRASH, written.type());
        assertEquals(2, written.vm());
        assertEquals(2, written.tick());
        assertEquals(9, written.clock());
        assertEquals(3, written.queue(), "what was queued is what the crash lost");
    }

    @Test
    void whenTheLogEndsCleanlyNothingIsCut() throws Exception {
        Path log = Files.writeString(dir.resolve("vm_2.log"), LINE_1 + "\n");
        CrashLine.append(log, LINE_1, null, null);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(List.of(LINE_1), lines.subList(0, 1));
        assertEquals(2, lines.size());
    }

    @Test
    void aLogWithoutAReadableLineTakesTheStateTheVmStreamedAndNoLogMeansNoLine() throws Exception {
        Path log = Files.writeString(dir.resolve("vm_0.log"), "time=2026-12-02T19:00:01.000");
        LogEvent streamed = new LogEvent(1_000_000, 0, 5, 12, 1, new EventDetail.Internal(5), new long[] {12, 0});
        LogEvent crash = CrashLine.append(log, null, streamed, null).crash().orElseThrow();
        assertEquals(12, crash.clock());
        assertEquals(1, Files.readAllLines(log).size(), "the half line went, the crash line came");
        assertTrue(CrashLine.append(dir.resolve("vm_9.log"), null, streamed, null).crash().isEmpty(),
                "a VM that never logged");
        assertTrue(Files.notExists(dir.resolve("vm_9.log")));
    }

    @Test
    void aVmKilledBeforeItsStartLineGetsItThenItsCrashAndNothingBeforeTheClocksStarted() throws Exception {
        RunSettings settings = new RunSettings(3, 9, 1, 6, 10, 150, 0);
        LogEvent start = new StartLines(settings, () -> 5_000_000).apply(1);
        assertEquals(new VmLogic(1, settings).startEvent(5_000_000, 150).detail(), start.detail(),
                "the rate and seed the VM draws");
        assertEquals(null, new StartLines(settings, () -> 0).apply(1), "no start line before the clocks start");

        Path empty = Files.writeString(dir.resolve("vm_1.log"), "");
        CrashLine.Written written = CrashLine.append(empty, null, null, start);
        assertEquals(List.of(start), written.unstreamed(), "the start line reaches the live run too");
        LogEvent crash = written.crash().orElseThrow();
        assertEquals(0, crash.tick());
        assertEquals(0, crash.clock());
        List<String> lines = Files.readAllLines(empty, StandardCharsets.UTF_8);
        assertEquals(List.of(LogLineFormat.format(start), LogLineFormat.format(crash)), lines);

        Path missing = dir.resolve("vm_0.log"); // killed before it opened its log
        LogEvent start0 = new StartLines(settings, () -> 5_000_000).apply(0);
        assertEquals(List.of(start0), CrashLine.append(missing, null, null, start0).unstreamed());
        assertEquals(2, Files.readAllLines(missing).size(), "its start and its crash");

        Path stillEmpty = Files.writeString(dir.resolve("vm_2.log"), "");
        assertTrue(CrashLine.append(stillEmpty, null, null, null).crash().isEmpty(), "before the clocks started");
        assertEquals(0, Files.size(stillEmpty));
    }

    @Test
    void aRestartedProcessThatDiesBeforeItsRestartLineAddsNoSecondCrash() throws Exception {
        Path log = Files.writeString(dir.resolve("vm_2.log"), LINE_1 + "\n");
        CrashLine.append(log, LINE_1, null, null).crash().orElseThrow();
        CrashLine.Written again = CrashLine.append(log, null, null, null);
        assertTrue(again.crash().isEmpty());
        assertEquals(List.of(), again.unstreamed(), "the dead process's lines were streamed by the one before");
        assertEquals(2, Files.readAllLines(log).size(), "one crash line: the log already ends with the VM down");
    }

    @Test
    void linesLoggedButNotStreamedComeBackBeforeTheCrashWhichFollowsTheLastOfThem() throws Exception {
        // The VM logs first and streams second: killed in between, its log is ahead of what the window saw.
        Path log = Files.writeString(dir.resolve("vm_2.log"), LINE_1 + "\n" + LINE_2 + "\n");
        CrashLine.Written written = CrashLine.append(log, LINE_1, LogLineFormat.parse(LINE_1), null);
        assertEquals(List.of(LINE_2), written.unstreamed().stream().map(LogLineFormat::format).toList());
        assertEquals(9, written.crash().orElseThrow().clock(), "the crash keeps the logged clock, not the streamed");

        Path restarted = Files.writeString(dir.resolve("vm_1.log"), LINE_1 + "\n" + LINE_2 + "\n");
        CrashLine.append(restarted, LINE_2, null, null);
        String restart = LINE_2.replace("event=receive", "event=restart")
                .replace(" from=0 msg=8", " rate=1 speed=1 seed=2 vms=3");
        Files.writeString(restarted, restart + "\n", java.nio.file.StandardOpenOption.APPEND);
        CrashLine.Written second = CrashLine.append(restarted, null, null, null);
        assertEquals(1, second.unstreamed().size(), "a restarted process that streamed nothing: its restart line");
        assertEquals(EventType.RESTART, second.unstreamed().get(0).type());
    }
}
