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

import scalemodels.analysis.RuleChecker;
import scalemodels.diag.Diagnostics;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.rundata.RunLoader;

/**
 * Warm standby VM processes: booted, meshed with each other before a run, claimed by a run, which then runs as with
 * fresh JVMs; taken one by one by a run of another size; replaced by a fresh JVM where one died; let go by id.
 */
@Timeout(120)
class StandbyVmsTest {
    private static final RunSettings THREE = new RunSettings(3, 77, 1, 6, 10, 20, 2);

    @TempDir
    Path logs;

    @Test
    void aRunFindsItsPeerChannelsOpenedBeforeStartAndKeepsEveryRule() throws Exception {
        try (StandbyVms standby = new StandbyVms()) {
            standby.fill(3);
            assertTrue(standby.awaitWarm(Duration.ofSeconds(60)), "standby processes warmed up");
            assertTrue(standby.meshedFor(3), "and meshed with each other");
            Set<Long> warm = new HashSet<>(standby.pids());
            assertEquals(3, warm.size());

            long[] pids = new long[3];
            RunFolder folder = run(THREE, standby, pids);
            assertEquals(warm, new HashSet<>(Arrays.stream(pids).boxed().toList()), "the run's VMs are the standbys");
            assertEquals(0, standby.size(), "claimed processes leave the pool");
            for (int vm = 0; vm < 3; vm++) {
                String diagnostics = Files.readString(folder.vmDiagnostics(vm));
                assertTrue(diagnostics.contains("standby process " + pids[vm] + " claimed by the run")
                        && diagnostics.contains("VM " + vm + " of 3"), "a claimed standby writes its run's "
                        + "diagnostics, set up before the run: " + diagnostics);
                assertTrue(diagnostics.contains("2 channels to peers open from before the run, 0 opened"),
                        "VM " + vm + " opened no channel after Start: " + diagnostics);
            }
            for (long pid : pids) {
                assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "VM " + pid + " ended");
                assertEquals(List.of(), standbyFiles(pid), "its temporary diagnostics");
            }
        }
    }

    @Test
    void aRunOfAnotherSizeTakesTheProcessesOneByOneAndOpensItsOwnChannels() throws Exception {
        try (StandbyVms standby = new StandbyVms()) {
            standby.fill(3);
            assertTrue(standby.awaitWarm(Duration.ofSeconds(60)));
            Set<Long> warm = new HashSet<>(standby.pids());
            long[] pids = new long[4];
            RunFolder folder = run(new RunSettings(4, 78, 1, 6, 10, 20, 2), standby, pids);
            Set<Long> used = new HashSet<>(Arrays.stream(pids).boxed().toList());
            assertTrue(used.containsAll(warm), "the three standbys ran three of the four VMs: " + used);
            int dropped = 0;
            for (int vm = 0; vm < 4; vm++) {
                String diagnostics = Files.readString(folder.vmDiagnostics(vm));
                dropped += diagnostics.contains("the peer channels opened before the run are for another run") ? 1 : 0;
                assertTrue(diagnostics.contains("opened a channel to each of 3 peers"), diagnostics);
            }
            assertEquals(3, dropped, "each standby dropped the channels meshed for three VMs");
        }
    }

    @Test
    void aMemberThatDiedAfterMeshingIsReplacedByAFreshJvmThatTheOthersConnectTo() throws Exception {
        try (StandbyVms standby = new StandbyVms()) {
            standby.fill(3);
            assertTrue(standby.awaitWarm(Duration.ofSeconds(60)));
            assertTrue(standby.meshedFor(3));
            long dead = standby.pids().get(1); // VM 1's
            ProcessHandle.of(dead).orElseThrow().destroyForcibly();
            await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(dead).map(p -> !p.isAlive())
                    .orElse(true));

            long[] pids = new long[3];
            RunFolder folder = run(THREE, standby, pids);
            assertTrue(pids[1] != dead, "VM 1 ran in a fresh JVM");
            for (int vm : new int[] {0, 2}) {
                String diagnostics = Files.readString(folder.vmDiagnostics(vm));
                assertTrue(diagnostics.contains("1 channels to peers open from before the run, 1 opened"),
                        "VM " + vm + " kept its channel to the other standby and opened one to VM 1: " + diagnostics);
            }
        }
    }

    /** Runs to its end in this pool's processes (their ids into {@code pids}); it must be clean and keep every rule. */
    private RunFolder run(RunSettings settings, StandbyVms standby, long[] pids) throws Exception {
        RunFolder folder;
        try (Supervisor supervisor = new Supervisor(settings, logs, RunListener.NONE, new LocalPlacement(standby))) {
            folder = supervisor.start();
            System.arraycopy(supervisor.pids(), 0, pids, 0, pids.length);
            RunOutcome outcome = supervisor.awaitEnd(Duration.ofSeconds(60));
            assertNotNull(outcome, "the run did not end");
            assertTrue(outcome.clean(), "problems: " + outcome.problems());
        }
        assertEquals(List.of(), RuleChecker.check(RunLoader.load(folder.dir())));
        return folder;
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
    void aNewPoolSweepsWhatStandbysKilledWithTheirAppLeftInTheTemporaryFolder() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path diagnostics = Files.createTempFile(tmp, Diagnostics.standbyPrefix(gone.pid()), ".diag.log");
        Path warmUp = Files.createTempDirectory(tmp, Diagnostics.standbyPrefix(gone.pid()) + "warm-up");
        Files.writeString(warmUp.resolve("vm_0.log"), "a rehearsal's log\n");
        Path someoneElses = Files.createTempDirectory(tmp, "not-a-standby-" + gone.pid() + "-warm-up");
        try (StandbyVms pool = new StandbyVms()) {
            assertTrue(Files.notExists(diagnostics), "its diagnostics");
            assertTrue(Files.notExists(warmUp), "its warm-up folder, with what is in it");
            assertTrue(Files.exists(someoneElses), "only a standby's");
        } finally {
            Files.deleteIfExists(someoneElses);
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
            assertEquals(null, standby.claim(another), "a stale process is not handed out");
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
