package scalemodels.supervisor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import scalemodels.analysis.RuleChecker;
import scalemodels.diag.Diagnostics;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.rundata.RunLoader;

/**
 * Warm standby VM processes, with and without the peer-channel warm-up: claimed by a run, which then runs as with fresh
 * JVMs; let go by id.
 */
@Timeout(120)
class StandbyVmsTest {
    @TempDir
    Path logs;

    @ParameterizedTest(name = "peer warm-up {0}")
    @ValueSource(booleans = {true, false})
    void aRunClaimsTheWarmProcessesAndKeepsEveryRule(boolean peerWarmUp) throws Exception {
        RunSettings settings = new RunSettings(3, 77, 1, 6, 10, 20, 2);
        try (StandbyVms standby = new StandbyVms(peerWarmUp)) {
            standby.fill(3);
            assertTrue(standby.awaitWarm(Duration.ofSeconds(60)), "standby processes warmed up");
            Set<Long> warm = new HashSet<>(standby.pids());
            assertEquals(3, warm.size());
            for (long pid : warm) {
                // The peer warm-up opens channels between two meshes of the standby's own, each logged.
                assertEquals(peerWarmUp, standbyDiagnostics(pid).contains("connected to VM 1 on port"),
                        "peer warm-up " + peerWarmUp + " in standby " + pid + "'s diagnostics");
            }

            RunFolder folder;
            long[] pids;
            try (Supervisor supervisor = new Supervisor(settings, logs, RunListener.NONE, new LocalPlacement(standby))) {
                folder = supervisor.start();
                pids = supervisor.pids();
                RunOutcome outcome = supervisor.awaitEnd(Duration.ofSeconds(60));
                assertNotNull(outcome, "the run did not end");
                assertTrue(outcome.clean(), "problems: " + outcome.problems());
            }
            assertEquals(warm, new HashSet<>(Arrays.stream(pids).boxed().toList()), "the run's VMs are the standbys");
            assertEquals(0, standby.size(), "claimed processes leave the pool");
            assertEquals(List.of(), RuleChecker.check(RunLoader.load(folder.dir())));
            for (int vm = 0; vm < 3; vm++) {
                String diagnostics = Files.readString(folder.vmDiagnostics(vm));
                assertTrue(diagnostics.contains("standby process " + pids[vm] + " claimed by the run")
                        && diagnostics.contains("VM " + vm + " of 3"), "a claimed standby writes its run's "
                        + "diagnostics, set up before the run: " + diagnostics);
            }
            for (long pid : pids) {
                assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "VM " + pid + " ended");
                assertEquals(List.of(), standbyFiles(pid), "its temporary diagnostics");
            }
        }
    }

    /** What standby process {@code pid} has written to its temporary diagnostics file so far. */
    private static String standbyDiagnostics(long pid) throws java.io.IOException {
        Path file = standbyFiles(pid).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no diagnostics of standby " + pid));
        return Files.readString(file);
    }

    /** Standby process {@code pid}'s temporary diagnostics files. */
    private static List<Path> standbyFiles(long pid) throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith(Diagnostics.standbyPrefix(pid))).toList();
        }
    }

    @Test
    void closingThePoolEndsEveryUnclaimedProcessAndAnotherJvmCommandNeverGetsOne() throws Exception {
        List<Long> pids;
        try (StandbyVms standby = new StandbyVms()) {
            standby.fill(2);
            pids = standby.pids();
            assertEquals(2, pids.size());
            // Another JVM command, as when scalemodels.vm.java names another java (not set here: tests beside this
            // one start VMs from it).
            List<String> another = ChildCommand.jvm().stream()
                    .map(part -> part.endsWith("/bin/java") ? "/bin/false" : part).toList();
            assertTrue(another.contains("/bin/false"), another.toString());
            assertEquals(null, standby.take(another), "a stale process is not handed out");
            assertEquals(0, standby.size(), "and is ended rather than kept");
            standby.fill(3);
            pids = new java.util.ArrayList<>(pids);
            pids.addAll(standby.pids());
            standby.fill(1);
            assertEquals(1, standby.size(), "surplus standbys are let go");
        }
        List<Long> all = pids;
        await().atMost(Duration.ofSeconds(10)).until(() -> all.stream()
                .allMatch(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)));
        List<Path> left = new java.util.ArrayList<>();
        for (long pid : all) {
            left.addAll(standbyFiles(pid));
        }
        assertEquals(List.of(), left, "a standby let go deletes its temporary diagnostics");
    }
}
