package scalemodels.wire;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The door of a listener, on loopback: a first line must come whole within its deadline however slowly a stranger
 * drips it, at most so many connections wait (the longest waiting is pushed out, an honest newcomer still gets in),
 * the accept loop outlives errors, and a flood of refusals is told in a few lines.
 */
@Timeout(60)
class DoorkeeperTest {
    private static final int MAX_WAITING = 4;
    private static final int DEADLINE_MILLIS = 800;

    private final ConcurrentLinkedQueue<String> told = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> admitted = new ConcurrentLinkedQueue<>();
    private final List<Socket> clients = new ArrayList<>();
    private Doorkeeper door;

    private Doorkeeper open(ServerSocket server) {
        door = new Doorkeeper(server, "test", MAX_WAITING, DEADLINE_MILLIS, new Refusals("the test door"),
                (line, connection) -> {
                    if (!"OPEN SESAME".equals(line)) {
                        return Refusals.Reason.NO_SECRET;
                    }
                    admitted.add(line);
                    return null;
                }, told::add);
        return door;
    }

    @AfterEach
    void close() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        if (door != null) {
            door.close();
        }
    }

    @Test
    void aLineDrippedByteByByteIsRefusedAtTheDeadlineNotHeldOpen() throws Exception {
        open(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Socket slow = connect();
        OutputStream out = slow.getOutputStream();
        long start = System.nanoTime();
        // One byte every 100 ms: each read is quick, only the whole line is late.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            try {
                out.write('x');
                out.flush();
                return false;
            } catch (IOException closedByTheDoor) {
                return true;
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 3, "refused near the 0.8 s deadline, not later: " + seconds);
        await().atMost(Duration.ofSeconds(5)).until(() -> told.stream().anyMatch(l -> l.contains("no first line")));
    }

    @Test
    void waitingConnectionsAreCappedAndAnHonestNewcomerStillGetsIn() throws Exception {
        open(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        for (int i = 0; i < 3 * MAX_WAITING; i++) {
            connect(); // silent strangers
        }
        Socket honest = connect();
        honest.getOutputStream().write("OPEN SESAME\n".getBytes(StandardCharsets.US_ASCII));
        honest.getOutputStream().flush();
        await().atMost(Duration.ofSeconds(5)).until(() -> admitted.size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> door.waiting() <= MAX_WAITING);
        assertTrue(door.waiting() <= MAX_WAITING, "at most " + MAX_WAITING + " wait: " + door.waiting());
        await().atMost(Duration.ofSeconds(5)).until(() -> told.stream().anyMatch(l -> l.contains("pushed it out")));
    }

    @Test
    void theAcceptLoopOutlivesAnError() throws Exception {
        AtomicInteger failures = new AtomicInteger(1);
        ServerSocket failingOnce = new ServerSocket(0, 50, InetAddress.getLoopbackAddress()) {
            @Override
            public Socket accept() throws IOException {
                if (failures.getAndDecrement() > 0) {
                    throw new IOException("Too many open files");
                }
                return super.accept();
            }
        };
        open(failingOnce);
        Socket honest = connect();
        honest.getOutputStream().write("OPEN SESAME\n".getBytes(StandardCharsets.US_ASCII));
        honest.getOutputStream().flush();
        await().atMost(Duration.ofSeconds(5)).until(() -> admitted.size() == 1);
        assertTrue(told.stream().anyMatch(l -> l.contains("could not accept a connection (Too many open files); it "
                + "goes on listening")), told.toString());
    }

    @Test
    void aFloodOfStrangersIsToldInAFewLinesAndCounted() throws Exception {
        open(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        int flood = 200;
        for (int i = 0; i < flood; i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), door.port())) {
                s.getOutputStream().write("HELLO wrong\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        door.close(); // tells what was not told yet
        await().atMost(Duration.ofSeconds(10)).until(() -> told.stream().anyMatch(l -> l.contains(" connections refused")));
        assertTrue(told.size() <= 5, "a few lines for " + flood + " strangers: " + told);
        assertTrue(told.stream().anyMatch(l -> l.matches("\\d[\\d,]* connections refused at the test door from "
                + "127\\.0\\.0\\.1 in \\d+ s: it did not present the run secret")), told.toString());
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), door.port());
        clients.add(socket);
        return socket;
    }
}
