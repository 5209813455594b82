package scalemodels.supervisor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import scalemodels.model.VmStatus;
import scalemodels.wire.LineConnection;

/** The supervisor's view of one VM process. Fields are written by reader and watcher threads, hence volatile. */
final class VmChild {
    final int id;
    final AtomicLong eventsReceived = new AtomicLong();
    /** Completes when the control stream has ended (after BYE, or when the connection broke). */
    final CompletableFuture<Void> streamEnded = new CompletableFuture<>();
    volatile Process process;
    volatile LineConnection control;
    volatile int peerPort;
    volatile int rate;
    volatile boolean saidBye;
    /** The sentence a VM gave when it could not go on (its log could not be written), or null. */
    volatile String failure;
    /** Killed on purpose (fault injection), so its end is reported as such. */
    volatile boolean killRequested;
    /** A new process of a crashed VM: it gets the peers' ports and the start instant as soon as it says hello. */
    final boolean restarting;
    /** The last event it streamed, and its line as logged: where the crash line takes over when it dies. */
    volatile scalemodels.event.LogEvent lastEvent;
    volatile String lastLine;
    volatile VmStatus status = VmStatus.STARTING;

    VmChild(int id, boolean restarting) {
        this.id = id;
        this.restarting = restarting;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }
}
