package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.Main;
import scalemodels.analysis.AnalysisUnderFaultsTest;
import scalemodels.analysis.RuleChecker;
import scalemodels.analysis.Violation;
import scalemodels.launch.RunListener;
import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;
import scalemodels.supervisor.Supervisor;

/**
 * A run with a damaged line is read line by line by the whole event-line contract (fault lines included): only the
 * damaged line is skipped and reported. A run still being written is judged as its logs stood at one moment, so
 * analysing it mid-run finds no false violation and says it is in progress.
 */
@Timeout(90)
class DamagedAndUnfinishedRunsTest {
    @Test
    void oneDamagedLineInARunWithFaultsSkipsThatLineOnly(@TempDir Path dir) throws Exception {
        List<String> vm0 = new ArrayList<>(AnalysisUnderFaultsTest.VM0);
        vm0.add(4, "time=2026-12-02T19:00:03.5Z vm=0 tick=oops \u0000 event=internal"); // a damaged line
        Files.write(dir.resolve("vm_0.log"), vm0);
        Files.write(dir.resolve("vm_1.log"), AnalysisUnderFaultsTest.VM1);
        LoadedRun loaded = RunOpener.open(dir, null);
        assertEquals("scale-models", loaded.format());
        assertEquals(1, loaded.problems().size(), loaded.problems().toString());
        assertTrue(loaded.problems().get(0).startsWith("vm_0.log:5: "), loaded.problems().toString());
        assertTrue(loaded.problems().get(0).endsWith("; skipped"), loaded.problems().toString());
        assertEquals(AnalysisUnderFaultsTest.VM0.size(), loaded.model().lane(0).size(), "every fault line is read");
        assertEquals(AnalysisUnderFaultsTest.VM1.size(), loaded.model().lane(1).size());
        assertEquals(List.of(), RuleChecker.check(loaded.model()), "dropped, pause, crash, restart, reconnect: fine");
    }

    @Test
    void aRunAnalysedWhileItIsWrittenIsJudgedAtOneMomentWithoutFalseViolations(@TempDir Path logs) throws Exception {
        RunSettings fast = new RunSettings(3, 12, 4, 6, 10, 25, 0); // about 400 events a second, until stopped
        try (Supervisor supervisor = new Supervisor(fast, logs, RunListener.NONE)) {
            Path dir = supervisor.start().dir();
            List<String> judged = new ArrayList<>();
            for (int look = 0; look < 6; look++) {
                long before = events(dir);
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                        .until(() -> events(dir) > before + 100); // the logs grew meanwhile
                LoadedRun loaded = RunOpener.open(dir, null);
                assertTrue(loaded.notes().get(0).startsWith("this run is in progress"), loaded.notes().toString());
                List<Violation> violations = RuleChecker.check(loaded.model());
                assertEquals(List.of(), violations, "look " + look + " at " + loaded.model().events() + " events");
                assertEquals(List.of(), loaded.problems());
                assertEquals(VmStatus.RUNNING, loaded.model().status(0));
                judged.add(Long.toString(loaded.model().events()));
            }
            StringWriter out = new StringWriter();
            int code = Main.execute(new PrintWriter(out, true), new PrintWriter(out, true), "analyze", dir.toString());
            String printed = out.toString();
            assertEquals(0, code, printed);
            assertTrue(printed.contains("in progress"), printed);
            supervisor.requestStop();
            System.out.println("judged mid-run at " + String.join(", ", judged) + " events: 0 violations each");
        }
    }

    private static long events(Path dir) throws java.io.IOException {
        long lines = 0;
        for (int vm = 0; vm < 3; vm++) {
            Path log = dir.resolve("vm_" + vm + ".log");
            if (Files.exists(log)) {
                lines += Files.size(log) / 80;
            }
        }
        return lines;
    }
}
