package scalemodels.supervisor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import scalemodels.analysis.RuleChecker;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;
import scalemodels.rundata.RunLoader;

/**
 * Real VM processes, their logs checked by {@link IndependentLogCheck} (which shares no code with the project's
 * parser): a draw always saw an empty queue, clocks follow the rules, and no receive lacks its send, even when VMs
 * are killed at random instants.
 */
class LogContractTest {
    @TempDir
    Path logs;

    @ParameterizedTest(name = "{0} VMs at speed {1}")
    @CsvSource({"2, 100", "3, 10", "5, 100", "16, 1", "16, 10"})
    @Timeout(180)
    void fastRunsKeepTheLogContract(int vms, double speed) throws Exception {
        RunSettings settings = new RunSettings(vms, 1000 + vms, 1, 6, 10, speed, speed < 5 ? 4 : 2);
        RunOutcome outcome;
        try (Supervisor supervisor = new Supervisor(settings, logs, RunListener.NONE)) {
            supervisor.start();
            outcome = supervisor.awaitEnd(Duration.ofSeconds(120));
            assertNotNull(outcome, "the run did not end");
        }
        assertTrue(outcome.clean(), "problems: " + outcome.problems());
        assertEquals(List.of(), IndependentLogCheck.check(outcome.folder().dir(), vms));
        assertEquals(List.of(), RuleChecker.check(RunLoader.load(outcome.folder().dir())));
    }

    @Test
    @Timeout(300)
    void fiftyKillsAtRandomInstantsLeaveNoReceiveWithoutItsSend() throws Exception {
        int vms = 5;
        RunSettings settings = new RunSettings(vms, 50, 1, 6, 10, 150, 0);
        AtomicLong events = new AtomicLong();
        RunListener counter = new RunListener() {
            @Override
            public void onEvent(LogEvent event) {
                events.incrementAndGet();
            }
        };
        Random random = new Random(50);
        RunOutcome outcome;
        int kills = 0;
        try (Supervisor supervisor = new Supervisor(settings, logs, counter)) {
            RunFolder folder = supervisor.start();
            while (kills < 50) {
                // A random instant: after a random number of further events, so each kill falls mid-stream.
                long until = events.get() + 1 + random.nextInt(400);
                await().atMost(Duration.ofSeconds(30)).until(() -> events.get() >= until);
                int first = random.nextInt(vms);
                int second = (first + 1 + random.nextInt(vms - 1)) % vms;
                for (int vm : new int[] {first, second}) {
                    supervisor.faults().orElseThrow().crash(vm);
                    kills++;
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> supervisor.status(first) == VmStatus.CRASHED
                        && supervisor.status(second) == VmStatus.CRASHED);
                supervisor.faults().orElseThrow().restart(first);
                supervisor.faults().orElseThrow().restart(second);
                for (int vm : new int[] {first, second}) {
                    // Running, or ended: a restart that failed says why at once instead of after the wait.
                    await().atMost(Duration.ofSeconds(60)).until(() -> supervisor.status(vm) == VmStatus.RUNNING
                            || supervisor.status(vm).isFinal());
                    assertEquals(VmStatus.RUNNING, supervisor.status(vm), "VM " + vm + " after its restart: "
                            + Files.readString(folder.vmDiagnostics(vm)));
                }
            }
            supervisor.requestStop();
            outcome = supervisor.awaitEnd(Duration.ofSeconds(60));
            assertNotNull(outcome, "the run did not end");
        }
        List<String> findings = IndependentLogCheck.check(outcome.folder().dir(), vms);
        assertEquals(List.of(), findings);
        var model = RunLoader.load(outcome.folder().dir());
        long crashes = 0;
        for (int vm = 0; vm < vms; vm++) {
            for (int i = 0; i < model.lane(vm).size(); i++) {
                crashes += model.lane(vm).type(i) == EventType.CRASH ? 1 : 0;
            }
        }
        assertEquals(50, crashes, "every kill is a crash line");
        assertEquals(List.of(), RuleChecker.check(model));
    }
}
