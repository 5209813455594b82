package scalemodels.supervisor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.function.Consumer;

import org.tinylog.Logger;

import scalemodels.diag.Threads;
import scalemodels.wire.ControlCodec;
import scalemodels.wire.LineConnection;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.Secret;
import scalemodels.wire.ToSupervisor;

/**
 * The supervisor's control socket: loopback only, an ephemeral port, and a connection counts only once its first
 * line is a HELLO with the run secret. Everything else is refused, logged and reported.
 */
final class ControlServer implements AutoCloseable {
    private static final int HELLO_TIMEOUT_MILLIS = 5000;

    /** A VM that said a correct hello; returns false to refuse it (unknown or duplicate id). */
    interface Attacher {
        boolean attach(ToSupervisor.Hello hello, LineConnection connection);
    }

    private final Secret secret;
    private final int vms;
    private final Attacher attacher;
    private final Consumer<String> onRefusal;
    private final ServerSocket server;
    private volatile boolean closed;

    ControlServer(Secret secret, int vms, InetAddress address, Attacher attacher, Consumer<String> onRefusal)
            throws IOException {
        this.secret = secret;
        this.vms = vms;
        this.attacher = attacher;
        this.onRefusal = onRefusal;
        this.server = new ServerSocket(0, 50, address);
        Threads.start("control-accept", this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                Threads.start("control-in-" + socket.getPort(), () -> handshake(socket));
            } catch (IOException e) {
                if (!closed) {
                    Logger.error(e, "control socket failed");
                }
                return;
            }
        }
    }

    private void handshake(Socket socket) {
        LineConnection connection;
        try {
            connection = new LineConnection(socket);
        } catch (IOException e) {
            Logger.warn("control connection from {} failed: {}", socket.getRemoteSocketAddress(), e.getMessage());
            return;
        }
        String reason;
        try {
            ToSupervisor.Hello hello = parse(connection.readFirstLine(HELLO_TIMEOUT_MILLIS));
            if (hello != null && attacher.attach(hello, connection)) {
                return;
            }
            reason = hello == null ? "it did not present the run secret" : "VM " + hello.vm() + " is already connected";
        } catch (SocketTimeoutException e) {
            reason = "it sent no hello within " + HELLO_TIMEOUT_MILLIS + " ms";
        } catch (IOException e) {
            reason = e.getMessage();
        }
        String message = "Refused a connection to the control socket from " + connection.remote() + ": " + reason;
        Logger.warn(message);
        onRefusal.accept(message);
        connection.close();
    }

    /** The hello, or null when the line is not a hello with the right secret and a VM id of this run. */
    private ToSupervisor.Hello parse(String line) {
        if (line == null) {
            return null;
        }
        try {
            return ControlCodec.decodeToSupervisor(line) instanceof ToSupervisor.Hello hello
                    && secret.matches(hello.secretHex()) && hello.vm() < vms ? hello : null;
        } catch (MalformedMessageException e) {
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // the listener is abandoned either way
        }
    }
}
