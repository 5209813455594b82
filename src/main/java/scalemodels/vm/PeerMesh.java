package scalemodels.vm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.tinylog.Logger;

import scalemodels.model.Message;
import scalemodels.wire.Doorkeeper;
import scalemodels.wire.LineConnection;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.PeerCodec;
import scalemodels.wire.Refusals;
import scalemodels.wire.Secret;

/**
 * This VM's sockets to its peers: a loopback listener for inbound channels (one per peer, each must greet with the
 * run secret) and one outbound connection per peer. Inbound messages go straight into the {@link InboundQueue}.
 */
final class PeerMesh implements AutoCloseable {
    private static final int GREETING_TIMEOUT_MILLIS = 3000;
    /** How long a connect on loopback may take (it is accepted or refused at once unless the machine is starved). */
    static final int CONNECT_TIMEOUT_MILLIS = 5000;

    private final int self;
    private final int vms;
    private final Secret secret;
    private final InboundQueue queue;
    private final Doorkeeper door;
    private final ConcurrentHashMap<Integer, LineConnection> inbound = new ConcurrentHashMap<>();
    private final LineConnection[] outbound;
    /** The port each outbound channel went to: a channel opened before the run is kept if its peer is still there. */
    private final int[] outboundPort;
    private final boolean[] sendFailed;
    /** Peers whose channel to us closed: they are gone until the supervisor announces them again. */
    private final java.util.concurrent.atomic.AtomicIntegerArray gone;
    /** Per channel, when its last held-back message is released, so later messages never overtake it. */
    private final long[] releaseNanos;
    private final java.util.concurrent.ScheduledExecutorService delayer;
    private volatile boolean closing;
    /**
     * Whether the start-up's channels are all in: until then they are summed up in one line (a line each cost 16 VMs
     * about a tenth of a second of CPU at Start); a peer connecting after that (it restarted) gets its own line.
     */
    private volatile boolean everyPeerIn;

    /** What happened to one message handed to {@link #send}. */
    enum Outcome { SENT, FAILED, DROPPED, DELAYED }

    PeerMesh(int self, int vms, Secret secret, InboundQueue queue) throws IOException {
        this.self = self;
        this.vms = vms;
        this.secret = secret;
        this.queue = queue;
        this.outbound = new LineConnection[vms];
        this.outboundPort = new int[vms];
        this.sendFailed = new boolean[vms];
        this.gone = new java.util.concurrent.atomic.AtomicIntegerArray(vms);
        this.releaseNanos = new long[vms];
        this.delayer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "peer-delay");
            t.setDaemon(true);
            return t;
        });
        // Every peer may connect at once (and again after a restart): room for them and as many strangers besides.
        this.door = new Doorkeeper(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), Doorkeeper.PEER,
                2 * vms + 16, GREETING_TIMEOUT_MILLIS, new Refusals("VM " + self + "'s peer port"), this::admit,
                Logger::warn);
    }

    int port() {
        return door.port();
    }

    /**
     * Opens one outbound channel to every other VM (port 0: a VM that is down) and greets it; a channel already open to
     * the same port (a standby meshed before the run) stays.
     *
     * @param rejoining a restarted VM joins a run already going: a peer that refuses (it stopped or crashed meanwhile)
     *                  is gone, as if its port were 0; at the first start every peer must answer
     */
    void connectAll(int[] ports, boolean rejoining) throws IOException {
        if (rejoining) {
            everyPeerIn = true; // peers come back one by one: each is worth a line
        }
        int opened = 0;
        int kept = 0;
        for (int peer = 0; peer < vms; peer++) {
            if (peer == self) {
                continue;
            }
            if (ports[peer] > 0 && ports[peer] == outboundPort[peer] && gone.get(peer) == 0) {
                kept++;
                continue;
            }
            if (ports[peer] <= 0) {
                gone.set(peer, 1);
                continue;
            }
            try {
                open(peer, ports[peer]);
                opened++;
            } catch (IOException e) {
                if (!rejoining) {
                    throw e;
                }
                Logger.warn("VM {} did not answer on port {} ({}); messages to it are logged as failed", peer,
                        ports[peer], e.getMessage());
                gone.set(peer, 1);
            }
        }
        if (kept == 0) {
            Logger.info("opened a channel to each of {} peers", opened);
        } else {
            Logger.info("{} channels to peers open from before the run, {} opened", kept, opened);
        }
    }

    /** Opens (or reopens, after the peer restarted) the channel to one VM. */
    void connect(int peer, int port) throws IOException {
        open(peer, port);
        Logger.info("connected to VM {} on port {}", peer, port);
    }

    private void open(int peer, int port) throws IOException {
        LineConnection connection = LineConnection.toLoopback(port, CONNECT_TIMEOUT_MILLIS);
        try {
            connection.send(PeerCodec.encode(new PeerCodec.Greeting(secret.hex(), self)));
        } catch (IOException e) {
            connection.close(); // a failed greeting must not leave its socket open
            throw e;
        }
        LineConnection previous = outbound[peer];
        outbound[peer] = connection;
        outboundPort[peer] = port;
        gone.set(peer, 0);
        sendFailed[peer] = false;
        if (previous != null) {
            previous.close();
        }
    }

    /** Waits until every other VM has opened its channel to us (said once); false on time-out. */
    boolean awaitInbound(long timeout, TimeUnit unit) throws InterruptedException {
        if (everyPeerIn && inbound.size() >= vms - 1) {
            return true; // a standby's channels, all in before the run
        }
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
        everyPeerIn = true;
        Logger.info("every peer ({}) has opened its channel to us", vms - 1);
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

    /** A connection's greeting: a peer of this run with the secret is admitted, and its thread reads its messages. */
    private Refusals.Reason admit(String greeting, LineConnection connection) {
        PeerCodec.Greeting hello;
        try {
            hello = greeting == null ? null : PeerCodec.decodeGreeting(greeting);
        } catch (MalformedMessageException e) {
            hello = null;
        }
        if (hello == null || !secret.matches(hello.secretHex())) {
            return Refusals.Reason.NO_SECRET;
        }
        int from = hello.fromVm();
        if (from >= vms || from == self) {
            return Refusals.Reason.NOT_A_MEMBER;
        }
        LineConnection previous = inbound.put(from, connection);
        if (previous != null) {
            previous.close();
        }
        synchronized (inbound) {
            inbound.notifyAll();
        }
        if (previous != null || everyPeerIn) {
            Logger.info("VM {} connected to us from {}", from, connection.remote());
        }
        readMessages(connection, from);
        return null;
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
        door.close();
        for (LineConnection connection : outbound) {
            if (connection != null) {
                connection.close();
            }
        }
        inbound.values().forEach(LineConnection::close);
    }
}
