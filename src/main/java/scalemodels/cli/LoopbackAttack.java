package scalemodels.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import scalemodels.diag.Threads;

/**
 * Strangers on loopback, for {@code soak --attack} and the adversarial tests: round after round against each port,
 * random bytes, an overlong line, a wrong secret in a control hello and in a peer greeting, a flood of quick
 * connections with a wrong secret, connections that drip one byte per round and never finish a line, and
 * connections that say nothing. Bounded: {@code floodPerRound} quick connections and {@code slowPerPort} open ones
 * per port, one round every {@link #ROUND_NANOS}, on one thread. Loopback only.
 */
final class LoopbackAttack implements AutoCloseable {
    static final long ROUND_NANOS = 200_000_000L;
    private static final String WRONG_SECRET = "0".repeat(64);

    private final int[] ports;
    private final int floodPerRound;
    private final int slowPerPort;
    private final Random random;
    private final List<List<Socket>> slow = new ArrayList<>();
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean stopped;
    private final Thread thread;

    LoopbackAttack(int[] ports, int floodPerRound, int slowPerPort, long seed) {
        this.ports = ports.clone();
        this.floodPerRound = floodPerRound;
        this.slowPerPort = slowPerPort;
        this.random = new Random(seed);
        for (int k = 0; k < ports.length; k++) {
            slow.add(new ArrayList<>());
        }
        thread = Threads.start("loopback-attack", this::attack);
    }

    /** Connections opened so far. */
    long connections() {
        return connections.get();
    }

    private void attack() {
        while (!stopped) {
            long roundStart = System.nanoTime();
            for (int k = 0; k < ports.length && !stopped; k++) {
                int port = ports[k];
                byte[] noise = new byte[4096];
                random.nextBytes(noise);
                once(port, noise);
                once(port, ("HELLO " + "x".repeat(20_000) + "\n").getBytes(StandardCharsets.US_ASCII));
                once(port, ("HELLO " + WRONG_SECRET + " 0 1234 3\n").getBytes(StandardCharsets.US_ASCII));
                once(port, ("PEER " + WRONG_SECRET + " 0\nM 1 1,0,0\n").getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < floodPerRound && !stopped; i++) {
                    once(port, ("HELLO " + WRONG_SECRET + " " + i + " 1 3\n").getBytes(StandardCharsets.US_ASCII));
                }
                drip(port, slow.get(k));
            }
            LockSupport.parkNanos(Math.max(0, ROUND_NANOS - (System.nanoTime() - roundStart)));
        }
    }

    /** Connects, writes, closes. The other side may refuse or close midway: that is the door working. */
    private void once(int port, byte[] bytes) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            connections.incrementAndGet();
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException refused) {
            // refused or cut off: counted by the listener, nothing to do here
        }
    }

    /** One more byte on each slow connection (a line never finished), opening new ones up to the bound. */
    private void drip(int port, List<Socket> open) {
        for (Iterator<Socket> it = open.iterator(); it.hasNext(); ) {
            Socket socket = it.next();
            try {
                socket.getOutputStream().write('H');
                socket.getOutputStream().flush();
            } catch (IOException closedByTheDoor) {
                close(socket);
                it.remove();
            }
        }
        while (open.size() < slowPerPort && !stopped) {
            try {
                open.add(new Socket(InetAddress.getLoopbackAddress(), port));
                connections.incrementAndGet();
            } catch (IOException refused) {
                return;
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slow.forEach(open -> open.forEach(LoopbackAttack::close));
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // abandoned either way
        }
    }
}
