package scalemodels.supervisor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RuleChecker;
import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.FaultKind;
import scalemodels.event.LogEvent;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunLoader;
import scalemodels.rundata.RunModel;

/** Pause, channel drop and delay, crash and restart, injected into real VM processes; the logs keep every rule. */
@Timeout(120)
class FaultInjectionTest {
    @TempDir
    Path logs;

    private final ConcurrentLinkedQueue<LogEvent> events = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> statuses = new ConcurrentLinkedQueue<>();

    @Test
    void everyFaultShowsInTheLogsAndTheRunStillKeepsTheRules() throws Exception {
        RunSettings settings = new RunSettings(3, 5, 6, 6, 4, 8, 0);
        RunListener listener = new RunListener() {
            @Override
            public void onEvent(LogEvent event) {
                events.add(event);
            }

            @Override
            public void onVmStatus(int vm, VmStatus status) {
                statuses.add(vm + ":" + status);
            }
        };
        RunOutcome outcome;
        try (Supervisor supervisor = new Supervisor(settings, logs, listener)) {
            supervisor.start();
            awaitEvent(e -> e.vm() == 1 && e.tick() > 5);

            supervisor.faults().orElseThrow().pause(1);
            awaitEvent(e -> e.vm() == 1 && e.type() == EventType.PAUSE);
            assertTrue(statuses.contains("1:PAUSED"));
            long sendsToPaused = events.stream().filter(e -> sendsTo(e, 1)).count();
            await().atMost(Duration.ofSeconds(20)).until(() -> events.stream().filter(e -> sendsTo(e, 1)).count()
                    >= sendsToPaused + 3);
            supervisor.faults().orElseThrow().resume(1);
            awaitEvent(e -> e.vm() == 1 && e.type() == EventType.RESUME);

            supervisor.faults().orElseThrow().fault(0, 1, FaultKind.DROP, 0, 0);
            awaitEvent(e -> e.vm() == 0 && e.detail() instanceof EventDetail.Send s && s.dropped().length > 0);
            supervisor.faults().orElseThrow().fault(0, 1, FaultKind.CLEAR, 0, 0);
            supervisor.faults().orElseThrow().fault(0, 2, FaultKind.DELAY, 300, 1500);
            awaitEvent(e -> e.vm() == 0 && e.detail() instanceof EventDetail.Send s && s.delayed().length > 0);
            awaitEvent(e -> e.vm() == 0 && e.detail() instanceof EventDetail.Fault f && f.kind() == FaultKind.CLEAR
                    && f.to() == 2);

            supervisor.faults().orElseThrow().crash(2);
            awaitEvent(e -> e.vm() == 2 && e.type() == EventType.CRASH);
            awaitEvent(e -> e.vm() != 2 && e.detail() instanceof EventDetail.Send s && s.failed().length > 0);
            supervisor.faults().orElseThrow().restart(2);
            awaitEvent(e -> e.vm() == 2 && e.type() == EventType.RESTART);
            long restartedAt = events.stream().filter(e -> e.vm() == 2 && e.type() == EventType.RESTART)
                    .findFirst().orElseThrow().timeMicros();
            awaitEvent(e -> e.vm() == 2 && e.type() == EventType.RECEIVE && e.timeMicros() > restartedAt);

            supervisor.requestStop();
            outcome = supervisor.awaitEnd(Duration.ofSeconds(30));
            assertNotNull(outcome);
        }
        RunModel model = RunLoader.load(outcome.folder().dir());
        assertEquals(List.of(), RuleChecker.check(model), "faults never break Lamport's rules");
        LaneData vm2 = model.lane(2);
        int crash = indexOf(vm2, EventType.CRASH);
        int restart = indexOf(vm2, EventType.RESTART);
        assertTrue(crash >= 0 && restart == crash + 1, "the restart follows the crash line");
        assertEquals(vm2.clock(crash), vm2.clock(restart), "it carries on with the clock it had");
        for (int vm = 0; vm < 3; vm++) {
            assertEquals(EventType.STOP, model.lane(vm).type(model.lane(vm).size() - 1), "VM " + vm + " stopped");
        }
        assertTrue(model.undelivered() > 0);
    }

    private static boolean sendsTo(LogEvent e, int vm) {
        if (e.detail() instanceof EventDetail.Send send) {
            for (int to : send.to()) {
                if (to == vm) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(LaneData lane, EventType type) {
        for (int i = 0; i < lane.size(); i++) {
            if (lane.type(i) == type) {
                return i;
            }
        }
        return -1;
    }

    private void awaitEvent(java.util.function.Predicate<LogEvent> wanted) {
        await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().anyMatch(wanted));
    }
}
