package scalemodels.supervisor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.AppCommand;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.log.EventLogReader;

/** Kills a headless supervisor process with SIGKILL and watches its VM processes leave by themselves. */
@Timeout(120)
class OrphanTest {
    @TempDir
    Path logs;

    @Test
    void vmsExitByThemselvesWhenTheirSupervisorIsKilled() throws Exception {
        Process supervisor = new ProcessBuilder(AppCommand.of(
                "--headless", "--duration", "0", "--speed", "5", "--seed", "11", "--logs", logs.toString()))
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("supervisor-output.txt").toFile())
                .start();
        List<ProcessHandle> vms = List.of();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> vmLogsWithTicks(3));
            vms = supervisor.toHandle().descendants().toList();
            assertEquals(3, vms.size(), "VM processes under the supervisor");

            supervisor.destroyForcibly().waitFor();
            List<ProcessHandle> orphans = vms;
            // Each VM halts itself at the latest 1.5 s after its control connection closes (2 s promised).
            await().atMost(Duration.ofMillis(2500)).until(() -> orphans.stream().noneMatch(ProcessHandle::isAlive));

            for (Path log : vmLogs()) {
                List<LogEvent> events = EventLogReader.read(log).events();
                assertEquals(EventType.STOP, events.get(events.size() - 1).type(), log + " ends with stop");
            }
            Path run = vmLogs().get(0).getParent();
            try (var files = Files.list(run)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".console.txt"))
                        .filter(f -> f.toFile().length() == 0).toList(), "no empty console file left behind");
            }
            var loaded = scalemodels.importer.RunOpener.open(run, null);
            assertTrue(loaded.notes().get(0).startsWith("this run ended without recording its end: the process "
                    + "that ran it is gone"), loaded.notes().toString());
        } finally {
            supervisor.destroyForcibly();
            vms.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private boolean vmLogsWithTicks(int count) throws IOException {
        List<Path> files = vmLogs();
        if (files.size() < count) {
            return false;
        }
        for (Path file : files) {
            if (Files.readAllLines(file).size() < 3) {
                return false;
            }
        }
        return true;
    }

    private List<Path> vmLogs() throws IOException {
        try (Stream<Path> all = Files.walk(logs)) {
            return all.filter(p -> p.getFileName().toString().matches("vm_\\d+\\.log")).toList();
        }
    }
}
