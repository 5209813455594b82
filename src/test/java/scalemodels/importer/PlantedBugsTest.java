package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RuleChecker;
import scalemodels.analysis.Violation;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;

/**
 * Bugs real implementations have, planted one at a time into a foreign-style log that is clean without them: each is
 * reported once, at its line, and the clean log gives none.
 */
class PlantedBugsTest {
    private static final String HEADER = "time,node,kind,lamport,queue_size,src,dest,msg_clock";
    private final ForeignLogs logs = new ForeignLogs(3, 11, 40);

    private Path write(Path dir) throws Exception {
        logs.write(dir, vm -> "node" + vm + ".csv", vm -> List.of(HEADER), e -> List.of(
                ForeignLogs.epochSeconds(e) + "," + e.vm() + "," + switch (e.type()) {
                    case RECEIVE -> "RECEIVED," + e.clock() + "," + e.queue() + "," + ForeignLogs.receive(e).from()
                            + ",," + ForeignLogs.receive(e).msg();
                    case SEND -> "SENT," + e.clock() + "," + e.queue() + ",," + Arrays.stream(ForeignLogs.to(e))
                            .mapToObj(Integer::toString).collect(Collectors.joining(" ")) + ",";
                    default -> "INTERNAL," + e.clock() + "," + e.queue() + ",,,";
                }));
        return dir;
    }

    private static List<Violation> check(Path dir) throws Exception {
        LoadedRun run = RunOpener.open(dir, null);
        assertEquals(List.of(), run.problems());
        return RuleChecker.check(run.model());
    }

    /** A VM whose last event is of this kind, its file and that line (1-based, after the header). */
    private int[] lastOfKind(EventType type) {
        for (int vm = 0; vm < 3; vm++) {
            List<LogEvent> ticks = logs.ticks(vm);
            if (ticks.get(ticks.size() - 1).type() == type) {
                return new int[] {vm, ticks.size() + 1};
            }
        }
        throw new AssertionError("no VM of this simulated run ends with " + type);
    }

    private static void edit(Path file, int line, String from, String to) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] cells = lines.get(line - 1).split(",", -1);
        assertEquals(from, cells[3], "the planted cell");
        cells[3] = to;
        lines.set(line - 1, String.join(",", cells));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    @Test
    void theCleanLogBreaksNoRule(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), check(write(dir)));
    }

    @Test
    void aReceiveThatDoesNotAdvanceTheClockIsReportedOnce(@TempDir Path dir) throws Exception {
        int[] at = lastOfKind(EventType.RECEIVE);
        List<LogEvent> ticks = logs.ticks(at[0]);
        long previous = ticks.get(ticks.size() - 2).clock();
        Path file = write(dir).resolve("node" + at[0] + ".csv");
        edit(file, at[1], Long.toString(ticks.get(ticks.size() - 1).clock()), Long.toString(previous));
        List<Violation> found = check(dir);
        assertEquals(1, found.size(), found.toString());
        assertEquals(at[1], found.get(0).line());
        assertTrue(found.get(0).message().contains("must give max("), found.get(0).message());
    }

    @Test
    void aDoubleIncrementIsReportedOnce(@TempDir Path dir) throws Exception {
        int[] at = lastOfKind(EventType.INTERNAL);
        LogEvent last = logs.ticks(at[0]).get(logs.ticks(at[0]).size() - 1);
        Path file = write(dir).resolve("node" + at[0] + ".csv");
        edit(file, at[1], Long.toString(last.clock()), Long.toString(last.clock() + 1));
        List<Violation> found = check(dir);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("must add exactly 1"), found.get(0).message());
    }

    @Test
    void aBroadcastThatReachesOnePeerIsReportedOnce(@TempDir Path dir) throws Exception {
        // VM 0's first send to one peer becomes a send to both: the other never gets it, yet gets later ones.
        List<LogEvent> ticks = logs.ticks(0);
        int index = -1;
        for (int i = 0; i < ticks.size() / 2 && index < 0; i++) {
            if (ticks.get(i).type() == EventType.SEND && ForeignLogs.to(ticks.get(i)).length == 1) {
                index = i;
            }
        }
        assertTrue(index >= 0);
        Path file = write(dir).resolve("node0.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] cells = lines.get(index + 1).split(",", -1);
        cells[6] = "1 2";
        lines.set(index + 1, String.join(",", cells));
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<Violation> found = check(dir);
        assertEquals(1, found.size(), found.toString());
        assertEquals(index + 2, found.get(0).line());
        assertTrue(found.get(0).message().contains("never arrived"), found.get(0).message());
    }
}
