package scalemodels.vm;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.tinylog.Logger;

import scalemodels.diag.Threads;
import scalemodels.wire.ControlCodec;
import scalemodels.wire.LineConnection;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.Secret;
import scalemodels.wire.ToSupervisor;
import scalemodels.wire.ToVm;

/**
 * The VM's end of the control connection. Its reader thread turns the supervisor's messages into futures the VM
 * waits on (peers, go) or hands them to the tick thread (faults, pause, a peer back); when the connection closes (the supervisor stopped or was killed) it asks the VM to stop.
 */
final class ControlLink implements AutoCloseable {
    private final LineConnection connection;
    private final int vms;
    private final Runnable onStop;
    private final Runnable onLost;
    private volatile boolean closedByUs;
    private final CompletableFuture<int[]> peers = new CompletableFuture<>();
    private final CompletableFuture<ToVm.Go> go = new CompletableFuture<>();
    private final java.util.function.Consumer<ToVm> commands;
    private volatile boolean sendFailed;

    /**
     * @param onStop runs when the supervisor says STOP
     * @param onLost runs when the connection ends without our closing it (the supervisor stopped or was killed)
     */
    ControlLink(int controlPort, int vms, Runnable onStop, Runnable onLost,
                java.util.function.Consumer<ToVm> commands) throws IOException {
        // The VM's start-up limit, no shorter than the supervisor waits for its hello: a flood of strangers on the
        // control port (an attack) can fill its backlog for a while, and giving up sooner would end a VM the run
        // still waits for.
        this.connection = LineConnection.toLoopback(controlPort,
                (int) TimeUnit.SECONDS.toMillis(VmRuntime.STARTUP_TIMEOUT_SECONDS));
        this.vms = vms;
        this.onStop = onStop;
        this.onLost = onLost;
        this.commands = commands;
    }

    void hello(Secret secret, int vm, int peerPort, int rate) throws IOException {
        connection.send(ControlCodec.encode(new ToSupervisor.Hello(secret.hex(), vm, peerPort, rate)));
        Threads.start("control-reader", this::readLoop);
    }

    CompletableFuture<int[]> peers() {
        return peers;
    }

    /** Completes with the start and end instants (end 0: until STOP). */
    CompletableFuture<ToVm.Go> go() {
        return go;
    }

    void ready() throws IOException {
        connection.send(ControlCodec.encode(new ToSupervisor.Ready()));
    }

    /** Streams a message to the supervisor; once the supervisor is gone this quietly does nothing. */
    void send(ToSupervisor message) {
        send(message, true);
    }

    /** Streams a message, held back with any before it until a flushed one follows when {@code flush} is false. */
    void send(ToSupervisor message, boolean flush) {
        if (sendFailed) {
            return;
        }
        try {
            connection.send(ControlCodec.encode(message), flush);
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
        ToVm message;
        try {
            message = ControlCodec.decodeToVm(line);
        } catch (MalformedMessageException e) {
            Logger.error("ignoring a malformed control line: {}", e.getMessage());
            return;
        }
        message.accept(new ToVm.Visitor<Void>() {
            @Override
            public Void peers(ToVm.Peers peers) {
                if (peers.ports().length == vms) {
                    ControlLink.this.peers.complete(peers.ports());
                } else {
                    Logger.error("ignoring PEERS with {} ports for {} VMs", peers.ports().length, vms);
                }
                return null;
            }

            @Override
            public Void go(ToVm.Go start) {
                go.complete(start);
                return null;
            }

            @Override
            public Void stop(ToVm.Stop stop) {
                onStop.run();
                go.completeExceptionally(new IllegalStateException("stopped before the clocks started"));
                return null;
            }

            @Override
            public Void pause(ToVm.Pause pause) {
                commands.accept(pause);
                return null;
            }

            @Override
            public Void resume(ToVm.Resume resume) {
                commands.accept(resume);
                return null;
            }

            @Override
            public Void fault(ToVm.Fault fault) {
                commands.accept(fault);
                return null;
            }

            @Override
            public Void peerBack(ToVm.PeerBack peerBack) {
                commands.accept(peerBack);
                return null;
            }
        });
    }

    @Override
    public void close() {
        closedByUs = true;
        connection.close();
    }
}
