package scalemodels.supervisor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RuleChecker;
import scalemodels.event.EventType;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;
import scalemodels.rundata.RunLoader;
import scalemodels.rundata.RunModel;

/**
 * A VM killed as the clocks start, before it wrote its start line (a VM a busy machine had not scheduled yet): its
 * restart used to find nothing to carry on from and exit, so it never ran again. Now the supervisor writes the start
 * line the VM would have written, then its crash, and the new process carries on from there.
 */
@Timeout(120)
class EarlyCrashTest {
    @TempDir
    Path logs;

    @Test
    void aVmKilledAsTheClocksStartRestartsAndItsLogKeepsTheContract() throws Exception {
        RunSettings settings = new RunSettings(3, 50, 1, 6, 10, 150, 0);
        RunOutcome outcome;
        RunFolder folder;
        try (Supervisor supervisor = new Supervisor(settings, logs, RunListener.NONE)) {
            folder = supervisor.start();
            supervisor.faults().orElseThrow().crash(1); // at once: most often before its first line
            await().atMost(Duration.ofSeconds(30)).until(() -> supervisor.status(1) == VmStatus.CRASHED);
            supervisor.faults().orElseThrow().restart(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> supervisor.status(1) == VmStatus.RUNNING
                    || supervisor.status(1).isFinal());
            assertEquals(VmStatus.RUNNING, supervisor.status(1), "the restarted VM runs: "
                    + Files.readString(folder.vmDiagnostics(1)));
            supervisor.requestStop();
            outcome = supervisor.awaitEnd(Duration.ofSeconds(60));
            assertNotNull(outcome, "the run did not end");
        }
        assertEquals(List.of("VM 1 was killed on request (crash injected)"), outcome.problems());
        RunModel run = RunLoader.load(folder.dir());
        List<EventType> types = java.util.stream.IntStream.range(0, run.lane(1).size()).mapToObj(run.lane(1)::type)
                .toList();
        int crash = types.indexOf(EventType.CRASH);
        assertEquals(EventType.START, types.get(0), "the log opens with its start line");
        assertTrue(crash > 0 && types.get(crash + 1) == EventType.RESTART, "start, ..., crash, restart: "
                + types.subList(0, Math.min(5, types.size())));
        assertEquals(List.of(), IndependentLogCheck.check(folder.dir(), 3));
        assertEquals(List.of(), RuleChecker.check(run));
    }
}
