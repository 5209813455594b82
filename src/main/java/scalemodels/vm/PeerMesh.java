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
import scalemodels.wire.PeerProtocol;
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
    private volatile boolean closing;

    PeerMesh(int self, int vms, Secret secret, InboundQueue queue) throws IOException {
        this.self = self;
        this.vms = vms;
        this.secret = secret;
        this.queue = queue;
        this.outbound = new LineConnection[vms];
        this.sendFailed = new boolean[vms];
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Threads.start("peer-accept", this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Opens one outbound channel to every other VM and greets it. */
    void connectAll(int[] ports) throws IOException {
        for (int peer = 0; peer < vms; peer++) {
            if (peer == self) {
                continue;
            }
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), ports[peer]), 5000);
            LineConnection connection = new LineConnection(socket);
            connection.send(PeerProtocol.greeting(secret, self));
            outbound[peer] = connection;
            Logger.info("connected to VM {} on port {}", peer, ports[peer]);
        }
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
     * Sends one message; a peer that is gone is logged once, never thrown, so this VM keeps running.
     *
     * @return whether the message was handed to the peer's socket
     */
    boolean send(int peer, Message message) {
        LineConnection connection = outbound[peer];
        if (connection == null) {
            return false;
        }
        try {
            connection.send(PeerProtocol.encode(message));
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
        String[] words = greeting == null ? new String[0] : greeting.split(" ", -1);
        if (words.length != 3 || !PeerProtocol.PEER.equals(words[0]) || !secret.matches(words[1])) {
            Logger.warn("refused peer connection from {}: it did not present the run secret", connection.remote());
            return -1;
        }
        int from;
        try {
            from = Integer.parseInt(words[2]);
        } catch (NumberFormatException e) {
            from = -1;
        }
        if (from < 0 || from >= vms || from == self) {
            Logger.warn("refused peer connection from {}: '{}' is not a peer id", connection.remote(), words[2]);
            return -1;
        }
        return from;
    }

    private void readMessages(LineConnection connection, int from) {
        try {
            String line;
            while ((line = connection.readLine()) != null) {
                queue.offer(PeerProtocol.decode(line, from, vms));
            }
            Logger.debug("VM {} closed its channel to us", from);
        } catch (IllegalArgumentException e) {
            Logger.error("closing the channel from VM {}: malformed message ({})", from, e.getMessage());
        } catch (IOException e) {
            if (!closing) {
                Logger.warn("channel from VM {} ended: {}", from, e.getMessage());
            }
        } finally {
            inbound.remove(from, connection);
            connection.close();
        }
    }

    @Override
    public void close() {
        closing = true;
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
