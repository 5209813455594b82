package scalemodels.supervisor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RuleChecker;
import scalemodels.launch.RunOutcome;
import scalemodels.model.RunSettings;
import scalemodels.rundata.RunLoader;

/**
 * Strangers on the control socket and on a VM's peer port: random bytes, overlong lines, wrong secrets, half-open
 * connections and floods. Each is refused and logged; the run goes on and keeps every rule.
 */
@Timeout(120)
class HostileConnectionsTest {
    private static final long SEED = 20261124;
    @TempDir
    Path logs;

    @Test
    void strangersAreRefusedAndTheRunIsUnharmed() throws Exception {
        ToldListener told = new ToldListener();
        ConcurrentLinkedQueue<String> problems = told.problems;
        ConcurrentLinkedQueue<String> notices = told.notices;
        RunSettings settings = new RunSettings(3, 3, 4, 6, 10, 10, 0);
        RunOutcome outcome;
        try (Supervisor supervisor = new Supervisor(settings, logs, told)) {
            supervisor.start();
            for (long pid : supervisor.pids()) {
                String commandLine = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
                assertTrue(!SECRET_LIKE.matcher(commandLine).find(), "no secret on a command line");
            }
            int control = supervisor.controlPort();
            int peer = supervisor.peerPorts()[1];
            Random random = new Random(SEED);
            List<Socket> halfOpen = new ArrayList<>();
            try {
                for (int port : new int[] {control, peer}) {
                    send(port, randomBytes(random, 4096));
                    send(port, ("HELLO " + "x".repeat(20_000)).getBytes(StandardCharsets.US_ASCII));
                    send(port, "HELLO 00000000000000000000000000000000 0 1234 3\n".getBytes(StandardCharsets.US_ASCII));
                    send(port, "PEER 00000000000000000000000000000000 0\nM 1 1,0,0\n".getBytes(StandardCharsets.US_ASCII));
                    StringBuilder flood = new StringBuilder();
                    for (int i = 0; i < 20_000; i++) {
                        flood.append("M ").append(i).append(" 9,9,9\n");
                    }
                    send(port, flood.toString().getBytes(StandardCharsets.US_ASCII));
                    halfOpen.add(new Socket(InetAddress.getLoopbackAddress(), port));
                }
                // Control refusals are told, each kind once: random bytes, the wrong secret, a peer's greeting and the
                // flood (no secret), the overlong line, and the half-open connection once its hello time runs out.
                await().atMost(Duration.ofSeconds(20)).until(() -> notices.size() >= 3);
                Path vmDiagnostics = supervisor.folder().vmDiagnostics(1);
                await().atMost(Duration.ofSeconds(20)).until(() -> count(vmDiagnostics, "Refused a connection to VM 1's peer port") >= 3);
            } finally {
                for (Socket socket : halfOpen) {
                    socket.close();
                }
            }
            assertTrue(notices.stream().allMatch(p -> p.startsWith("Refused a connection to the control socket")),
                    notices.toString());
            assertTrue(notices.stream().anyMatch(p -> p.contains("no first line in time")), notices.toString());
            assertTrue(notices.stream().anyMatch(p -> p.contains("a line longer than")), notices.toString());
            assertTrue(notices.stream().anyMatch(p -> p.contains("did not present the run secret")), notices.toString());
            assertEquals(List.of(), List.copyOf(problems), "a stranger is no problem of the run");
            supervisor.requestStop();
            outcome = supervisor.awaitEnd(Duration.ofSeconds(30));
            assertNotNull(outcome);
        }
        assertTrue(outcome.clean(), "the run's verdict is unchanged: " + outcome.problems());
        assertEquals(List.of(), RuleChecker.check(RunLoader.load(outcome.folder().dir())));
        try (var files = Files.list(outcome.folder().dir())) {
            for (Path file : files.toList()) {
                assertTrue(!SECRET_LIKE.matcher(Files.readString(file)).find(), "no secret in " + file.getFileName());
            }
        }
    }

    /** The run secret is 64 hex digits; nothing of that shape may reach a log or a command line. */
    private static final java.util.regex.Pattern SECRET_LIKE = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private static long count(Path file, String text) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> l.contains(text)).count() : 0;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void send(int port, byte[] bytes) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
             OutputStream out = socket.getOutputStream()) {
            out.write(bytes);
            out.flush();
            socket.shutdownOutput();
            socket.getInputStream().read();
        } catch (IOException refusedMidway) {
            // the other side may close while we still write: that is the refusal working
        }
    }
}
