package scalemodels.supervisor;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongSupplier;

import org.tinylog.Logger;

import scalemodels.log.Timestamps;
import scalemodels.model.VmStatus;
import scalemodels.wire.ControlCodec;
import scalemodels.wire.LineConnection;
import scalemodels.wire.ToSupervisor;
import scalemodels.wire.ToVm;

/**
 * A VM process that said a correct hello: it becomes its VM's control connection (a second hello for the same VM is
 * refused), counts towards the start-up, or, a restarted VM, rejoins the running peers at once. Then the calling
 * connection thread reads its stream until it ends.
 */
final class Attachments implements ControlServer.Attacher {
    private final Children children;
    private final RunReport report;
    private final CountDownLatch hellos;
    private final CountDownLatch readies;
    private final LongSupplier endMicros;

    /** @param endMicros the run's end for a VM that rejoins (0: until stopped) */
    Attachments(Children children, RunReport report, CountDownLatch hellos, CountDownLatch readies,
                LongSupplier endMicros) {
        this.children = children;
        this.report = report;
        this.hellos = hellos;
        this.readies = readies;
        this.endMicros = endMicros;
    }

    @Override
    public boolean attach(ToSupervisor.Hello hello, LineConnection connection) {
        VmChild child = children.get(hello.vm());
        synchronized (child) {
            if (child.control != null) {
                return false;
            }
            child.control = connection;
            child.peerPort = hello.peerPort();
            child.rate = hello.rate();
        }
        report.status(child, VmStatus.CONNECTING);
        if (child.restarting) { // a start's hellos are said in one line at GO: a line each slowed a 16-VM start
            Logger.info("VM {} said hello: peer port {}, rate {}", child.id, hello.peerPort(), hello.rate());
            rejoin(child, connection);
        } else {
            hellos.countDown();
        }
        new ControlStream(child, report, readies::countDown).read(connection);
        return true;
    }

    /** A restarted VM: it gets everyone's ports and starts at once; the others learn its new port. */
    private void rejoin(VmChild child, LineConnection connection) {
        try {
            connection.send(ControlCodec.encode(new ToVm.Peers(children.peerPorts())));
            connection.send(ControlCodec.encode(new ToVm.Go(Timestamps.nowMicros() + 50_000,
                    endMicros.getAsLong())));
        } catch (IOException e) {
            report.problem("VM " + child.id + " could not rejoin: " + e.getMessage());
            return;
        }
        for (VmChild other : children.snapshot()) {
            if (other != child && other.control != null && !other.status.isFinal()) {
                children.send(other.id, new ToVm.PeerBack(child.id, child.peerPort));
            }
        }
        Logger.info("VM {} restarted and rejoined its peers; running once its restart line comes", child.id);
    }
}
