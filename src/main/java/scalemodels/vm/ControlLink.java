package scalemodels.vm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;

import org.tinylog.Logger;

import scalemodels.diag.Threads;
import scalemodels.wire.ControlProtocol;
import scalemodels.wire.LineConnection;
import scalemodels.wire.Secret;

/**
 * The VM's end of the control connection. Its reader thread turns the supervisor's words into futures the VM waits
 * on; when the connection closes (the supervisor stopped or was killed) it asks the VM to stop.
 */
final class ControlLink implements AutoCloseable {
    private final LineConnection connection;
    private final int vms;
    private final Runnable onStop;
    private final Runnable onLost;
    private volatile boolean closedByUs;
    private final CompletableFuture<int[]> peers = new CompletableFuture<>();
    private final CompletableFuture<long[]> go = new CompletableFuture<>();
    private final java.util.function.Consumer<String[]> commands;
    private volatile boolean sendFailed;

    /**
     * @param onStop runs when the supervisor says STOP
     * @param onLost runs when the connection ends without our closing it (the supervisor stopped or was killed)
     */
    ControlLink(int controlPort, int vms, Runnable onStop, Runnable onLost,
                java.util.function.Consumer<String[]> commands) throws IOException {
        this.connection = new LineConnection(new Socket(InetAddress.getLoopbackAddress(), controlPort));
        this.vms = vms;
        this.onStop = onStop;
        this.onLost = onLost;
        this.commands = commands;
    }

    void hello(Secret secret, int vm, int peerPort, int rate) throws IOException {
        connection.send(ControlProtocol.hello(secret, vm, peerPort, rate));
        Threads.start("control-reader", this::readLoop);
    }

    CompletableFuture<int[]> peers() {
        return peers;
    }

    /** Completes with {start, end} epoch microseconds (end 0: until STOP). */
    CompletableFuture<long[]> go() {
        return go;
    }

    void ready() throws IOException {
        connection.send(ControlProtocol.READY);
    }

    /** Streams a line to the supervisor; once the supervisor is gone this quietly does nothing. */
    void send(String line) {
        send(line, true);
    }

    /** Streams a line, held back with any before it until a flushed one follows when {@code flush} is false. */
    void send(String line, boolean flush) {
        if (sendFailed) {
            return;
        }
        try {
            connection.send(line, flush);
        } catch (IOException e) {
            sendFailed = true;
            Logger.warn("control connection lost while sending: {}", e.getMessage());
        }
    }

    /** Sends what was held back. */
    void flush() {
        if (sendFailed) {
            return;
        }
        try {
            connection.flush();
        } catch (IOException e) {
            sendFailed = true;
            Logger.warn("control connection lost while sending: {}", e.getMessage());
        }
    }

    private void readLoop() {
        try {
            String line;
            while ((line = connection.readLine()) != null) {
                handle(line);
            }
            Logger.info("control connection closed by the supervisor");
        } catch (IOException e) {
            if (!closedByUs) {
                Logger.warn("control connection ended: {}", e.getMessage());
            }
        } finally {
            IllegalStateException gone = new IllegalStateException("the supervisor went away");
            peers.completeExceptionally(gone);
            go.completeExceptionally(gone);
            if (!closedByUs) {
                onLost.run();
            }
        }
    }

    private void handle(String line) {
        String[] words = ControlProtocol.words(line);
        try {
            switch (words[0]) {
                case ControlProtocol.PEERS -> peers.complete(parsePorts(words));
                case ControlProtocol.GO -> go.complete(new long[] {Long.parseLong(words[1]),
                    Long.parseLong(words[2])});
                case ControlProtocol.STOP -> {
                    onStop.run();
                    go.completeExceptionally(new IllegalStateException("stopped before the clocks started"));
                }
                case ControlProtocol.PAUSE, ControlProtocol.RESUME, ControlProtocol.FAULT, ControlProtocol.PEER ->
                    commands.accept(words);
                default -> Logger.warn("ignoring unknown control line '{}'", words[0]);
            }
        } catch (RuntimeException e) {
            Logger.error("ignoring malformed control line starting '{}': {}", words[0], e.toString());
        }
    }

    private int[] parsePorts(String[] words) {
        String[] parts = words[1].split(",");
        if (parts.length != vms) {
            throw new IllegalArgumentException(parts.length + " ports for " + vms + " VMs");
        }
        int[] ports = new int[vms];
        for (int i = 0; i < vms; i++) {
            ports[i] = Integer.parseInt(parts[i]);
        }
        return ports;
    }

    @Override
    public void close() {
        closedByUs = true;
        connection.close();
    }
}
