package scalemodels.vm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.tinylog.Logger;

import scalemodels.diag.Threads;
import scalemodels.model.Message;
import scalemodels.wire.LineConnection;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.PeerCodec;
import scalemodels.wire.Secret;

/**
 * This VM's sockets to its peers: a loopback listener for inbound channels (one per peer, each must greet with the
 * run secret) and one outbound connection per peer. Inbound messages go straight into the {@link InboundQueue}.
 */
final class PeerMesh implements AutoCloseable {
    private static final int GREETING_TIMEOUT_MILLIS = 3000;

    private final int self;
    private final int vms;
    private final Secret secret;
    private final InboundQueue queue;
    private final ServerSocket listener;
    private final ConcurrentHashMap<Integer, LineConnection> inbound = new ConcurrentHashMap<>();
    private final LineConnection[] outbound;
    private final boolean[] sendFailed;
    /** Peers whose channel to us closed: they are gone until the supervisor announces them again. */
    private final java.util.concurrent.atomic.AtomicIntegerArray gone;
    /** Per channel, when its last held-back message is released, so later messages never overtake it. */
    private final long[] releaseNanos;
    private final java.util.concurrent.ScheduledExecutorService delayer;
    private volatile boolean closing;

    /** What happened to one message handed to {@link #send}. */
    enum Outcome { SENT, FAILED, DROPPED, DELAYED }

    PeerMesh(int self, int vms, Secret secret, InboundQueue queue) throws IOException {
        this.self = self;
        this.vms = vms;
        this.secret = secret;
        this.queue = queue;
        this.outbound = new LineConnection[vms];
        this.sendFailed = new boolean[vms];
        this.gone = new java.util.concurrent.atomic.AtomicIntegerArray(vms);
        this.releaseNanos = new long[vms];
        this.delayer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "peer-delay");
            t.setDaemon(true);
            return t;
        });
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Threads.start("peer-accept", this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    /**
     * Opens one outbound channel to every other VM (port 0: a VM that is down) and greets it.
     *
     * @param rejoining a restarted VM joins a run already going: a peer that refuses (it stopped or crashed meanwhile)
     *                  is gone, as if its port were 0; at the first start every peer must answer
     */
    void connectAll(int[] ports, boolean rejoining) throws IOException {
        for (int peer = 0; peer < vms; peer++) {
            if (peer == self) {
                continue;
            }
            if (ports[peer] <= 0) {
                gone.set(peer, 1);
                continue;
            }
            try {
                connect(peer, ports[peer]);
            } catch (IOException e) {
                if (!rejoining) {
                    throw e;
                }
                Logger.warn("VM {} did not answer on port {} ({}); messages to it are logged as failed", peer,
                        ports[peer], e.getMessage());
                gone.set(peer, 1);
            }
        }
    }

    /** Opens (or reopens, after the peer restarted) the channel to one VM. */
    void connect(int peer, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
        LineConnection connection = new LineConnection(socket);
        connection.send(PeerCodec.encode(new PeerCodec.Greeting(secret.hex(), self)));
        LineConnection previous = outbound[peer];
        outbound[peer] = connection;
        gone.set(peer, 0);
        sendFailed[peer] = false;
        if (previous != null) {
            previous.close();
        }
        Logger.info("connected to VM {} on port {}", peer, port);
    }

    /** Waits until every other VM has opened its channel to us; false on time-out. */
    boolean awaitInbound(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (inbound) {
            while (inbound.size() < vms - 1) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(inbound, left);
            }
        }
        return true;
    }

    /**
     * How a message to one peer is to go, decided before the send line is written: dropped by an injected fault,
     * failed because the peer is gone, held back by a delay fault (released at {@code releaseNanos}), or sent now.
     */
    record Route(int peer, Outcome outcome, LineConnection connection, long releaseNanos) {
    }

    /** Decides the route of the next message to {@code peer}; a delayed channel keeps its messages in order. */
    Route route(int peer, ChannelFaults faults) {
        if (faults.kind(peer) == ChannelFaults.Kind.DROP) {
            return new Route(peer, Outcome.DROPPED, null, 0);
        }
        LineConnection connection = outbound[peer];
        if (connection == null || gone.get(peer) == 1) {
            return new Route(peer, Outcome.FAILED, null, 0);
        }
        long now = System.nanoTime();
        long release = faults.kind(peer) == ChannelFaults.Kind.DELAY ? now + faults.delayNanos(peer) : now;
        release = Math.max(release, releaseNanos[peer]);
        if (release - now > 0) {
            releaseNanos[peer] = release;
            return new Route(peer, Outcome.DELAYED, connection, release);
        }
        return new Route(peer, Outcome.SENT, connection, now);
    }

    /**
     * Puts the message on the wire as routed (after its send line is in the log). A peer that is gone is logged once,
     * never thrown, so this VM keeps running; what the peer did not get went down with it.
     */
    void transmit(Route route, Message message) {
        switch (route.outcome()) {
            case SENT -> write(route.peer(), route.connection(), PeerCodec.encode(message));
            case DELAYED -> {
                String line = PeerCodec.encode(message);
                delayer.schedule(() -> write(route.peer(), route.connection(), line),
                        Math.max(0, route.releaseNanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            case DROPPED, FAILED -> {
            }
        }
    }

    private boolean write(int peer, LineConnection connection, String line) {
        try {
            connection.send(line);
            return true;
        } catch (IOException e) {
            if (!sendFailed[peer]) {
                sendFailed[peer] = true;
                Logger.warn("sending to VM {} failed ({}); later failures to it are not logged", peer, e.getMessage());
            }
            return false;
        }
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!closing) {
                    Logger.error(e, "peer listener failed");
                }
                return;
            }
            Threads.start("peer-in-" + socket.getPort(), () -> serveInbound(socket));
        }
    }

    private void serveInbound(Socket socket) {
        LineConnection connection;
        try {
            connection = new LineConnection(socket);
        } catch (IOException e) {
            Logger.warn("inbound connection from {} failed: {}", socket.getRemoteSocketAddress(), e.getMessage());
            return;
        }
        int from = authenticate(connection);
        if (from < 0) {
            connection.close();
            return;
        }
        LineConnection previous = inbound.put(from, connection);
        if (previous != null) {
            previous.close();
        }
        synchronized (inbound) {
            inbound.notifyAll();
        }
        Logger.info("VM {} connected to us from {}", from, connection.remote());
        readMessages(connection, from);
    }

    /** The peer id of a correctly greeted connection, or -1 after logging why it was refused. */
    private int authenticate(LineConnection connection) {
        String greeting;
        try {
            greeting = connection.readFirstLine(GREETING_TIMEOUT_MILLIS);
        } catch (SocketTimeoutException e) {
            Logger.warn("refused peer connection from {}: no greeting within {} ms", connection.remote(),
                    GREETING_TIMEOUT_MILLIS);
            return -1;
        } catch (IOException e) {
            Logger.warn("refused peer connection from {}: {}", connection.remote(), e.getMessage());
            return -1;
        }
        PeerCodec.Greeting hello;
        try {
            hello = greeting == null ? null : PeerCodec.decodeGreeting(greeting);
        } catch (MalformedMessageException e) {
            hello = null;
        }
        if (hello == null || !secret.matches(hello.secretHex())) {
            Logger.warn("refused peer connection from {}: it did not present the run secret", connection.remote());
            return -1;
        }
        int from = hello.fromVm();
        if (from >= vms || from == self) {
            Logger.warn("refused peer connection from {}: '{}' is not a peer id", connection.remote(), from);
            return -1;
        }
        return from;
    }

    private void readMessages(LineConnection connection, int from) {
        try {
            String line;
            while ((line = connection.readLine()) != null) {
                queue.offer(PeerCodec.decode(line, from, vms));
            }
            Logger.debug("VM {} closed its channel to us", from);
            markGone(from, connection);
        } catch (MalformedMessageException e) {
            Logger.error("closing the channel from VM {}: malformed message ({})", from, e.getMessage());
        } catch (IOException e) {
            if (!closing) {
                Logger.warn("channel from VM {} ended: {}", from, e.getMessage());
                markGone(from, connection);
            }
        } finally {
            inbound.remove(from, connection);
            connection.close();
        }
    }

    /** The peer's own channel to us ended: it has stopped or died; sends to it fail until it is announced again. */
    private void markGone(int from, LineConnection connection) {
        if (!closing && inbound.get(from) == connection) {
            gone.set(from, 1);
            Logger.warn("VM {} is gone; messages to it are logged as failed", from);
        }
    }

    @Override
    public void close() {
        closing = true;
        delayer.shutdownNow();
        try {
            listener.close();
        } catch (IOException ignored) {
            // nothing left to do with a listener we are abandoning
        }
        for (LineConnection connection : outbound) {
            if (connection != null) {
                connection.close();
            }
        }
        inbound.values().forEach(LineConnection::close);
    }
}
