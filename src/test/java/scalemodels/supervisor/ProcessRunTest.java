package scalemodels.supervisor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLongArray;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RuleChecker;
import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.launch.LaunchException;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.RunFolder;
import scalemodels.log.RunManifest;
import scalemodels.log.VmLog;
import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunLoader;
import scalemodels.rundata.RunModel;

/** Real VM processes on loopback, checked end to end through the logs they write. */
@Timeout(120)
class ProcessRunTest {
    @TempDir
    Path logs;

    @Test
    void aFastRunKeepsEveryRuleTicksOnScheduleAndLosesNothing() throws Exception {
        RunSettings settings = new RunSettings(3, 4242, 1, 6, 10, 20, 3);
        Recorder recorder = new Recorder(3);
        RunOutcome outcome;
        RunFolder folder;
        try (Supervisor supervisor = new Supervisor(settings, logs, recorder)) {
            folder = supervisor.start();
            outcome = supervisor.awaitEnd(Duration.ofSeconds(60));
            assertNotNull(outcome, "the run did not end");
            assertNoneAlive(supervisor.pids());
        }
        assertTrue(outcome.clean(), "problems: " + outcome.problems() + " statuses " + Arrays.toString(outcome.statuses()));
        List<VmLog> vmLogs = folder.readVmLogs();
        assertEquals(3, vmLogs.size());
        assertEquals(List.of(), RuleChecker.check(RunLoader.load(folder.dir())));
        for (VmLog log : vmLogs) {
            List<LogEvent> events = log.events();
            LogEvent start = events.get(0);
            LogEvent stop = events.get(events.size() - 1);
            assertEquals(EventType.START, start.type());
            assertEquals(EventType.STOP, stop.type());
            int rate = ((EventDetail.Start) start.detail()).rate();
            double ticksPerSecond = rate * settings.speed();
            long expectedTicks = (long) Math.floor(ticksPerSecond * settings.durationSeconds() + 1e-9);
            assertEquals(expectedTicks, stop.tick(), "ticks of VM " + log.vm() + " at rate " + rate);
            assertEquals(expectedTicks + 2, events.size(), "one line per tick plus start and stop");
            LogEvent lastTick = events.get(events.size() - 2);
            // Tick 1 falls on the start instant: tick - 1 periods from the start line to the last tick.
            double measured = (lastTick.tick() - 1) / ((lastTick.timeMicros() - start.timeMicros()) / 1e6);
            assertEquals(1.0, measured / ticksPerSecond, 0.03, "measured " + measured + " ticks/s for VM " + log.vm());
            assertEquals(events.size(), recorder.events.get(log.vm()), "events streamed live by VM " + log.vm());
            assertEquals(events.size(), outcome.eventsReceived()[log.vm()]);
        }
        int[] loggedRates = vmLogs.stream().mapToInt(l -> ((EventDetail.Start) l.events().get(0).detail()).rate())
                .toArray();
        assertArrayEquals(loggedRates, outcome.rates());
        assertEquals(Arrays.toString(loggedRates).replaceAll("[\\[\\] ]", ""),
                RunManifest.read(folder.manifest()).get("rates"));
        assertTrue(recorder.statuses.contains("0:RUNNING") && recorder.statuses.contains("2:STOPPED"));

        // The same seed, run again, draws the same rates.
        try (Supervisor again = new Supervisor(settings.withSeed(4242), logs, RunListener.NONE)) {
            again.start();
            RunOutcome second = again.awaitEnd(Duration.ofSeconds(60));
            assertNotNull(second);
            assertArrayEquals(outcome.rates(), second.rates());
        }
    }

    @Test
    void vmsAskedForMoreTicksThanTheyCanRunCatchUpAndStillLoseAndBreakNothing() throws Exception {
        // About 20,000 ticks a second for 3 VMs: more than this machine runs on time, so the VMs fall behind, tick
        // back to back and write held-back lines together (flushing before every message that leaves).
        RunSettings settings = new RunSettings(3, 77, 1, 6, 10, 2_000, 2);
        Recorder recorder = new Recorder(3);
        RunOutcome outcome;
        try (Supervisor supervisor = new Supervisor(settings, logs, recorder)) {
            supervisor.start();
            outcome = supervisor.awaitEnd(Duration.ofSeconds(90));
            assertNotNull(outcome, "the run did not end");
        }
        assertTrue(outcome.clean(), "problems: " + outcome.problems());
        RunModel model = RunLoader.load(outcome.folder().dir());
        assertEquals(List.of(), RuleChecker.check(model));
        for (int vm = 0; vm < 3; vm++) {
            LaneData lane = model.lane(vm);
            long expectedTicks = (long) Math.floor(lane.rate() * settings.speed() * settings.durationSeconds() + 1e-9);
            assertEquals(expectedTicks, lane.tick(lane.size() - 1), "every scheduled tick of VM " + vm + " ran");
            assertEquals(lane.size(), recorder.events.get(vm), "every line of VM " + vm + " was streamed");
        }
    }

    @Test
    void aStrangerOnTheControlSocketIsRefusedAndTheRunGoesOn() throws Exception {
        RunSettings settings = new RunSettings(2, 9, 2, 4, 10, 10, 0);
        Recorder recorder = new Recorder(2);
        try (Supervisor supervisor = new Supervisor(settings, logs, recorder)) {
            supervisor.start();
            try (Socket stranger = new Socket(InetAddress.getLoopbackAddress(), supervisor.controlPort());
                 OutputStream out = stranger.getOutputStream()) {
                out.write("HELLO 0123456789abcdef0123456789abcdef 0 1234 3\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                await().atMost(Duration.ofSeconds(10)).until(() -> !recorder.notices.isEmpty());
            }
            long before = recorder.events.get(0);
            await().atMost(Duration.ofSeconds(10)).until(() -> recorder.events.get(0) > before + 5);
            supervisor.requestStop();
            RunOutcome outcome = supervisor.awaitEnd(Duration.ofSeconds(30));
            assertNotNull(outcome);
            assertTrue(Arrays.stream(outcome.statuses()).allMatch(s -> s == VmStatus.STOPPED));
            assertTrue(outcome.stoppedEarly());
            assertEquals(List.of(), RuleChecker.check(RunLoader.load(outcome.folder().dir())));
            assertTrue(outcome.clean(), "a stranger is a notice, not a problem of the run: " + outcome.problems());
        }
        assertTrue(recorder.notices.peek().contains("did not present the run secret"), recorder.notices.toString());
        assertTrue(recorder.problems.isEmpty(), recorder.problems.toString());
    }

    @Test
    void aLogsFolderThatCannotBeCreatedGivesAClearMessage() throws IOException {
        Path blocked = logs.resolve("a-file");
        java.nio.file.Files.writeString(blocked, "in the way");
        Supervisor supervisor = new Supervisor(RunSettings.defaults(1), blocked, RunListener.NONE);
        LaunchException e = org.junit.jupiter.api.Assertions.assertThrows(LaunchException.class, supervisor::start);
        assertTrue(e.getMessage().startsWith("Cannot create a run folder under " + blocked), e.getMessage());
    }

    private static void assertNoneAlive(long[] pids) {
        for (long pid : pids) {
            assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "process " + pid + " still alive");
        }
    }

    /** Collects what the supervisor reports, from its reader threads. */
    static final class Recorder extends ToldListener {
        final AtomicLongArray events;
        final ConcurrentLinkedQueue<String> statuses = new ConcurrentLinkedQueue<>();

        Recorder(int vms) {
            events = new AtomicLongArray(vms);
        }

        @Override
        public void onEvent(LogEvent event) {
            events.incrementAndGet(event.vm());
        }

        @Override
        public void onVmStatus(int vm, VmStatus status) {
            statuses.add(vm + ":" + status);
        }
    }
}
