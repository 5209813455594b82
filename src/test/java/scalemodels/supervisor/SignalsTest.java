package scalemodels.supervisor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.AppCommand;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.log.EventLogReader;
import scalemodels.log.RunManifest;

/**
 * SIGTERM to a headless run (what Ctrl-C's SIGINT does too): every VM writes stop, the table and the rule check are
 * printed, the diagnostics keep their last lines (the logging library is not shut down under the app's own stop),
 * the manifest records the end, and the exit code is 143 (128 + 15), as the README says.
 */
@Timeout(90)
class SignalsTest {
    @TempDir
    Path logs;

    @Test
    void sigtermStopsTheRunCleanlyAndLosesNoDiagnostics() throws Exception {
        Path output = logs.resolve("output.txt");
        Process headless = new ProcessBuilder(AppCommand.of(
                "--headless", "--duration", "0", "--speed", "5", "--seed", "12", "--logs", logs.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(output).contains("Running until"));
            await().atMost(Duration.ofSeconds(20)).until(() -> runDir() != null && ticked(runDir()));
            headless.destroy(); // SIGTERM
            assertTrue(headless.waitFor(30, TimeUnit.SECONDS), "exited");
            assertEquals(143, headless.exitValue());
        } finally {
            headless.destroyForcibly();
        }
        String printed = Files.readString(output);
        assertTrue(printed.contains("Rule check: 0 violations"), printed);
        assertFalse(printed.contains("LOGGER ERROR"), printed);
        Path run = runDir();
        for (int vm = 0; vm < 3; vm++) {
            List<LogEvent> events = EventLogReader.read(run.resolve("vm_" + vm + ".log")).events();
            assertEquals(EventType.STOP, events.get(events.size() - 1).type(), "VM " + vm + " wrote stop");
        }
        String diagnostics = Files.readString(run.resolve("supervisor.diag.log"));
        assertTrue(diagnostics.contains("ended: "), "the supervisor's last diagnostics line is there");
        RunManifest manifest = RunManifest.read(run.resolve("manifest.properties"));
        assertEquals("true", manifest.get("stopped_early"));
        assertEquals("clean", manifest.get("outcome"));
    }

    private Path runDir() throws java.io.IOException {
        try (var dirs = Files.list(logs)) {
            return dirs.filter(Files::isDirectory).findFirst().orElse(null);
        }
    }

    private static boolean ticked(Path run) throws java.io.IOException {
        for (int vm = 0; vm < 3; vm++) {
            Path log = run.resolve("vm_" + vm + ".log");
            if (!Files.exists(log) || Files.readAllLines(log).size() < 3) {
                return false;
            }
        }
        return true;
    }
}
