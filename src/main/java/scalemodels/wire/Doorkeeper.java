package scalemodels.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import scalemodels.diag.Threads;

/**
 * The door of a loopback listener (the supervisor's control socket, a VM's peer port). Each connection gets its own
 * thread and must send its first line whole within a deadline; at most {@code maxWaiting} may wait to do so, and a
 * newcomer beyond that pushes out the one that has waited longest, so slow strangers can neither pile up threads
 * nor lock honest processes out (those say their first line at once). The accept loop outlives errors (at the
 * descriptor limit it waits and tries again, so a restarted VM can still come in). Refusals are counted in
 * {@link Refusals} and told through {@code tell}, a few lines however many strangers come. What a first line admits
 * is for the {@link Admission} to say.
 */
public final class Doorkeeper implements AutoCloseable {
    /** The supervisor's control socket, in its threads' names and its lines. */
    public static final String CONTROL = "control";
    /** A VM's listener for its peers' channels, likewise. */
    public static final String PEER = "peer";

    /** Decides on a connection's first line. */
    public interface Admission {
        /**
         * Runs on the connection's own thread, which an admitted connection may keep (to read its stream).
         *
         * @param firstLine the line, or null when the connection closed without one
         * @return null when admitted (the connection is the admission's now), else why it is refused
         */
        Refusals.Reason admit(String firstLine, LineConnection connection);
    }

    /** How long the accept loop waits after an error before it tries again. */
    static final long ACCEPT_RETRY_NANOS = 100_000_000L;

    private static final class Waiting {
        final Socket socket;
        volatile boolean pushedOut;

        Waiting(Socket socket) {
            this.socket = socket;
        }
    }

    private final ServerSocket server;
    private final String name;
    /** How this door's threads are named: its listener and port, so that a thread dump tells two doors apart. */
    private final String threadPrefix;
    private final int maxWaiting;
    private final int firstLineMillis;
    private final Admission admission;
    private final Consumer<String> tell;
    private final Refusals refusals;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private volatile boolean closed;
    private long errorToldNanos = Long.MIN_VALUE;

    /**
     * @param name            the listener in thread names and lines ({@link #CONTROL}, {@link #PEER})
     * @param maxWaiting      connections that may wait for their first line at once
     * @param firstLineMillis how long a connection has to send its first line, whole
     * @param refusals        where refusals are counted (and worded)
     * @param tell            where the lines about refusals and errors go
     */
    public Doorkeeper(ServerSocket server, String name, int maxWaiting, int firstLineMillis, Refusals refusals,
                      Admission admission, Consumer<String> tell) {
        this.server = server;
        this.name = name;
        this.threadPrefix = threadPrefix(name, server.getLocalPort());
        this.maxWaiting = maxWaiting;
        this.firstLineMillis = firstLineMillis;
        this.refusals = refusals;
        this.admission = admission;
        this.tell = tell;
        Threads.start(threadPrefix + "accept", this::acceptLoop);
    }

    /** How the names of door {@code name}'s threads on {@code port} begin: its accept thread's, one per connection. */
    public static String threadPrefix(String name, int port) {
        return name + "-" + port + "-";
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections waiting for their first line now (at most {@code maxWaiting}). */
    public int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                long now = System.nanoTime();
                if (errorToldNanos == Long.MIN_VALUE || now - errorToldNanos >= Refusals.SUMMARY_EVERY_NANOS) {
                    errorToldNanos = now;
                    tell.accept("The " + name + " listener could not accept a connection (" + e.getMessage()
                            + "); it goes on listening");
                }
                LockSupport.parkNanos(ACCEPT_RETRY_NANOS);
                continue;
            }
            Waiting arrived = new Waiting(socket);
            Waiting oldest = null;
            synchronized (waiting) {
                waiting.addLast(arrived);
                if (waiting.size() > maxWaiting) {
                    oldest = waiting.pollFirst();
                }
            }
            if (oldest != null) {
                oldest.pushedOut = true;
                close(oldest.socket);
            }
            try {
                Threads.start(threadPrefix + "in-" + socket.getPort(), () -> greet(arrived));
            } catch (OutOfMemoryError noThreadLeft) { // the process's thread limit: refuse this one, go on listening
                synchronized (waiting) {
                    waiting.remove(arrived);
                }
                refuse(arrived, Refusals.Reason.BROKEN);
                LockSupport.parkNanos(ACCEPT_RETRY_NANOS);
            }
        }
    }

    private void greet(Waiting arrival) {
        Refusals.Reason refused = null;
        LineConnection connection = null;
        String line = null;
        try {
            connection = new LineConnection(arrival.socket);
            line = connection.readFirstLine(firstLineMillis);
        } catch (SocketTimeoutException e) {
            refused = Refusals.Reason.SILENT;
        } catch (LineTooLongException e) {
            refused = Refusals.Reason.TOO_LONG;
        } catch (IOException e) {
            refused = arrival.pushedOut ? Refusals.Reason.PUSHED_OUT : Refusals.Reason.BROKEN;
        }
        synchronized (waiting) {
            waiting.remove(arrival);
        }
        if (refused == null) {
            try {
                refused = admission.admit(line, connection);
            } catch (RuntimeException e) { // the owner's fault, not the stranger's: said, and the connection closed
                tell.accept("The " + name + " listener failed on a connection: " + e);
                refused = Refusals.Reason.BROKEN;
            }
        }
        if (refused != null) {
            refuse(arrival, refused);
        }
    }

    private void refuse(Waiting arrival, Refusals.Reason reason) {
        String told = refusals.refused(host(arrival.socket.getRemoteSocketAddress()), reason, System.nanoTime());
        if (told != null) {
            tell.accept(told);
        }
        close(arrival.socket);
    }

    private static String host(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }

    /** Stops accepting and closes the connections still waiting; what was not told of the refusals, told now. */
    @Override
    public void close() {
        closed = true;
        close(server);
        List<Waiting> left;
        synchronized (waiting) {
            left = new ArrayList<>(waiting);
            waiting.clear();
        }
        left.forEach(w -> close(w.socket));
        refusals.summary(System.nanoTime()).forEach(tell);
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // best effort: the socket is abandoned either way
        }
    }
}
