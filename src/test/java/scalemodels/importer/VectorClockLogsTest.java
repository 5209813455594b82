package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RuleChecker;
import scalemodels.analysis.Violation;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.rundata.RunModel;

/**
 * ShiViz-style logs of instrumented systems: a description line and {@code host {json vector clock}} per event, no
 * word for send or receive. Messages are inferred from the vectors, and a valid log breaks no rule.
 */
class VectorClockLogsTest {
    private static final String[] HOSTS = {"alpha", "beta", "gamma", "delta"};
    private final ForeignLogs logs = new ForeignLogs(4, 23, 20);

    private Path write(Path dir, boolean corrupt) throws Exception {
        Path file = dir.resolve("trace.log");
        Files.write(file, lines(logs, corrupt), StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> lines(ForeignLogs logs, boolean corrupt) {
        List<LogEvent> all = new ArrayList<>();
        for (int vm = 0; vm < 4; vm++) {
            all.addAll(logs.ticks(vm));
        }
        all.sort(Comparator.comparingLong(LogEvent::timeMicros));
        List<String> lines = new ArrayList<>();
        int corrupted = -1;
        for (LogEvent e : all) {
            lines.add("processing step " + e.tick() + " of " + HOSTS[e.vm()]);
            StringBuilder vc = new StringBuilder("{");
            for (int k = 0; k < 4; k++) {
                long entry = e.vc()[k];
                if (corrupt && corrupted < 0 && e.type() == EventType.RECEIVE && k != e.vm() && entry > 2) {
                    entry += 5; // an entry no event of that host ever had
                    corrupted = lines.size();
                }
                if (entry > 0) {
                    vc.append(vc.length() > 1 ? ", " : "").append('"').append(HOSTS[k]).append("\": ").append(entry);
                }
            }
            lines.add(HOSTS[e.vm()] + " " + vc.append('}'));
        }
        return lines;
    }

    @Test
    void aFileWithSeveralExecutionsListsThemAndOpensOneAtATime(@TempDir Path dir) throws Exception {
        ForeignLogs other = new ForeignLogs(4, 99, 10);
        List<String> lines = new ArrayList<>(List.of("=== first run ==="));
        lines.addAll(lines(logs, false));
        lines.add("=== second run ===");
        lines.addAll(lines(other, false));
        Path file = dir.resolve("two.log");
        Files.write(file, lines, StandardCharsets.UTF_8);
        for (int execution = 1; execution <= 2; execution++) {
            LoadedRun run = RunOpener.open(file, null, execution);
            ForeignLogs truth = execution == 1 ? logs : other;
            assertTrue(run.notes().stream().anyMatch(n -> n.startsWith("two.log holds 2 executions: 1 'first run' "
                    + "(line 1), 2 'second run'")), run.notes().toString());
            assertTrue(run.notes().contains("hosts as named in the log: alpha = VM 0, beta = VM 1, gamma = VM 2, "
                    + "delta = VM 3"), run.notes().toString());
            long events = 0;
            for (int vm = 0; vm < 4; vm++) {
                events += truth.ticks(vm).size();
            }
            assertEquals(events, run.model().events(), "events of execution " + execution);
            assertEquals(List.of(), RuleChecker.check(run.model()), "execution " + execution);
        }
    }

    @Test
    void messagesAreInferredFromTheVectorsAndAValidLogBreaksNoRule(@TempDir Path dir) throws Exception {
        LoadedRun run = RunOpener.open(write(dir, false), null);
        assertEquals("shiviz", run.format());
        assertEquals(List.of(), run.problems());
        RunModel model = run.model();
        assertEquals(4, model.vms());
        for (int vm = 0; vm < 4; vm++) {
            int receives = 0;
            int matched = 0;
            for (int i = 0; i < model.lane(vm).size(); i++) {
                if (model.lane(vm).type(i) == EventType.RECEIVE) {
                    receives++;
                    matched += model.lane(vm).partner(i) >= 0 ? 1 : 0;
                }
            }
            assertEquals(logs.truth.receives()[vm], receives, "receives of " + HOSTS[vm]);
            assertEquals(receives, matched, "every receive of " + HOSTS[vm] + " has its send");
        }
        assertTrue(run.notes().stream().anyMatch(n -> n.startsWith("messages inferred from the vector clocks")),
                run.notes().toString());
        assertEquals(List.of(), RuleChecker.check(model));
    }

    @Test
    void aCorruptedVectorEntryIsCaught(@TempDir Path dir) throws Exception {
        List<Violation> found = RuleChecker.check(RunOpener.open(write(dir, true), null).model());
        assertFalse(found.isEmpty());
    }
}
