package scalemodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RuleChecker;
import scalemodels.diag.ProcessStats;
import scalemodels.launch.RunOutcome;
import scalemodels.model.RunSettings;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunLoader;
import scalemodels.rundata.RunModel;
import scalemodels.supervisor.Supervisor;
import scalemodels.supervisor.ToldListener;
import scalemodels.wire.Doorkeeper;

/**
 * A run attacked the whole time on its control port and every peer port (floods with a wrong secret, random bytes,
 * overlong lines, slow drippers, silent connections) ends exactly as an unattacked run: every VM ticks rate x
 * duration times, the rule check finds nothing, the verdict is clean, strangers are notices told in a few lines, and
 * the threads of the supervisor's control socket and of each VM stay within the doors' bounds.
 */
@Timeout(120)
class AttackedRunTest {
    @TempDir
    Path logs;

    @Test
    void anAttackedRunEndsAsAnUnattackedOne() throws Exception {
        RunSettings settings = new RunSettings(3, 31, 2, 4, 10, 1, 6);
        ToldListener told = new ToldListener();
        ConcurrentLinkedQueue<String> problems = told.problems;
        ConcurrentLinkedQueue<String> notices = told.notices;
        RunOutcome outcome;
        long attempts;
        long peakDoor = 0;
        long peakVm = 0;
        List<Long> vmGrowth = new java.util.ArrayList<>();
        List<Long> doorThreads = new java.util.ArrayList<>();
        try (Supervisor supervisor = new Supervisor(settings, logs, told)) {
            supervisor.start();
            // The control socket's own threads, by name: other tests' runs may share this JVM.
            String door = Doorkeeper.threadPrefix(Doorkeeper.CONTROL, supervisor.controlPort());
            long baseVm = maxVmThreads(supervisor);
            int[] peers = supervisor.peerPorts();
            int[] ports = {supervisor.controlPort(), peers[0], peers[1], peers[2]};
            try (LoopbackAttack attack = new LoopbackAttack(ports, 40, 30, 7)) {
                do {
                    outcome = supervisor.awaitEnd(Duration.ofMillis(500));
                    long atDoor = threadsNamed(door);
                    peakDoor = Math.max(peakDoor, atDoor);
                    doorThreads.add(atDoor);
                    if (outcome == null) {
                        long grown = maxVmThreads(supervisor) - baseVm;
                        peakVm = Math.max(peakVm, grown);
                        vmGrowth.add(grown);
                    }
                } while (outcome == null);
                attempts = attack.connections();
            }
        }
        assertNotNull(outcome);
        assertTrue(attempts > 300, "the attack ran: " + attempts + " connections");
        assertTrue(outcome.clean(), "the verdict is unchanged: " + outcome.problems());
        assertEquals(List.of(), List.copyOf(problems));
        RunModel run = RunLoader.load(outcome.folder().dir());
        for (int vm = 0; vm < 3; vm++) {
            LaneData lane = run.lane(vm);
            long ticks = Math.round(lane.rate() * settings.speed() * settings.durationSeconds());
            assertEquals(ticks, lane.tick(lane.size() - 1), "VM " + vm + " ticked rate x duration times");
            assertEquals(ticks + 2, lane.size(), "one event per tick, a start and a stop");
        }
        assertEquals(List.of(), RuleChecker.check(run));
        assertTrue(notices.size() <= 40, "strangers told in a few lines, not one each: " + notices.size());
        String manifest = Files.readString(outcome.folder().manifest());
        long refused = Long.parseLong(manifest.lines().filter(l -> l.startsWith("refused_connections="))
                .findFirst().orElseThrow().substring("refused_connections=".length()));
        assertTrue(refused > 60, "the control socket counted its strangers: " + refused);
        System.out.printf("attacked run: %d connections, %d refused at the control socket, %d notices, threads "
                + "%d at the supervisor's control socket, +%d in a VM at most%n", attempts, refused, notices.size(),
                peakDoor, peakVm);
        int waitingRoom = 2 * 3 + 16; // the doors' bound on waiting connections (ControlServer, PeerMesh)

        // The typical count, sampled every half second: on a busy machine threads of connections pushed out of the
        // waiting room take a moment to be scheduled and end, so a single sample can catch a passing peak; without
        // the cap the 30 silent connections per port and the floods would hold their threads the whole run. At the
        // control socket: the waiting room, a reader per VM, the accept thread, and a few on their way out.
        assertTrue(median(doorThreads) <= waitingRoom + 3 + 1 + 4, "the control socket's threads: "
                + median(doorThreads) + " (peak " + peakDoor + ")");
        assertTrue(median(vmGrowth) <= waitingRoom + 20, "a VM's threads grew by " + median(vmGrowth) + " (peak "
                + peakVm + ")");
    }

    private static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }

    private static long median(List<Long> samples) {
        return samples.stream().sorted().skip(samples.size() / 2).findFirst().orElse(0L);
    }

    private static long maxVmThreads(Supervisor supervisor) {
        long max = 0;
        for (long pid : supervisor.pids()) {
            if (pid > 0) {
                max = Math.max(max, ProcessStats.of(pid).threads());
            }
        }
        return max;
    }
}
