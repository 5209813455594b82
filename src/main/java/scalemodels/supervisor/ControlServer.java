package scalemodels.supervisor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.function.Consumer;

import scalemodels.wire.ControlCodec;
import scalemodels.wire.Doorkeeper;
import scalemodels.wire.LineConnection;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.Refusals;
import scalemodels.wire.Secret;
import scalemodels.wire.ToSupervisor;

/**
 * The supervisor's control socket: loopback only, an ephemeral port, and a connection counts only once its first
 * line is a HELLO with the run secret and a VM id of this run. Everything else is refused at the {@link Doorkeeper},
 * counted and told in a few lines however many come: a stranger is a notice, never a problem of the run.
 */
final class ControlServer implements AutoCloseable {
    static final int HELLO_TIMEOUT_MILLIS = 5000;

    /** A VM that said a correct hello; returns false to refuse it (unknown or duplicate id). */
    interface Attacher {
        boolean attach(ToSupervisor.Hello hello, LineConnection connection);
    }

    private final Secret secret;
    private final int vms;
    private final Attacher attacher;
    private final Refusals refusals = new Refusals("the control socket");
    private final Doorkeeper door;

    /** @param tell where the lines about refused strangers go (a notice, not a problem) */
    ControlServer(Secret secret, int vms, InetAddress address, Attacher attacher, Consumer<String> tell)
            throws IOException {
        this.secret = secret;
        this.vms = vms;
        this.attacher = attacher;
        // Every VM may connect at once (and again after a restart): room for them and as many strangers besides.
        door = new Doorkeeper(new ServerSocket(0, 50, address), Doorkeeper.CONTROL, 2 * vms + 16, HELLO_TIMEOUT_MILLIS,
                refusals, this::admit, tell);
    }

    int port() {
        return door.port();
    }

    /** Connections refused so far. */
    long refused() {
        return refusals.total();
    }

    private Refusals.Reason admit(String line, LineConnection connection) {
        ToSupervisor.Hello hello = parse(line);
        if (hello == null) {
            return Refusals.Reason.NO_SECRET;
        }
        return attacher.attach(hello, connection) ? null : Refusals.Reason.NOT_A_MEMBER;
    }

    /** The hello, or null when the line is not a hello with the right secret. */
    private ToSupervisor.Hello parse(String line) {
        if (line == null) {
            return null;
        }
        try {
            return ControlCodec.decodeToSupervisor(line) instanceof ToSupervisor.Hello hello
                    && secret.matches(hello.secretHex()) ? hello : null;
        } catch (MalformedMessageException e) {
            return null;
        }
    }

    @Override
    public void close() {
        door.close();
    }
}
