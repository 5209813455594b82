package scalemodels.vm;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import org.tinylog.Logger;

import scalemodels.diag.Threads;
import scalemodels.log.EventLogWriter;
import scalemodels.log.LogEvent;
import scalemodels.log.RunFolder;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.model.TickOutcome;
import scalemodels.model.VmLogic;
import scalemodels.wire.ControlProtocol;
import scalemodels.wire.Secret;

/**
 * One VM process from hello to stop: connects to the supervisor, meets its peers, waits for the common start
 * instant, then ticks on its absolute schedule until the duration ends or it is told to stop.
 */
final class VmRuntime {
    private static final long STARTUP_TIMEOUT_SECONDS = 60;
    /** Control connection gone: the process must be gone within 2 s even if something hangs. */
    private static final long ORPHAN_HALT_MILLIS = 1500;

    private final int id;
    private final RunSettings settings;
    private final RunFolder folder;
    private final Secret secret;
    private final VmLogic logic;
    private final InboundQueue queue = new InboundQueue();
    private volatile boolean stopRequested;
    private volatile Thread tickThread;

    VmRuntime(int id, RunSettings settings, RunFolder folder, Secret secret) {
        this.id = id;
        this.settings = settings;
        this.folder = folder;
        this.secret = secret;
        this.logic = new VmLogic(id, settings);
    }

    /** Runs the VM to its end; returns the process exit code. */
    int run(int controlPort) throws IOException, InterruptedException {
        tickThread = Thread.currentThread();
        Logger.info("VM {} of {}: rate {} ticks/s at speed {}", id, settings.vms(), logic.rate(),
                RunSettings.plain(settings.speed()));
        try (PeerMesh mesh = new PeerMesh(id, settings.vms(), secret, queue);
             ControlLink control = new ControlLink(controlPort, settings.vms(), this::requestStop, this::supervisorLost)) {
            control.hello(secret, id, mesh.port(), logic.rate());
            long start;
            try {
                mesh.connectAll(control.peers().get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS));
                if (!mesh.awaitInbound(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    Logger.error("not every peer connected within {} s", STARTUP_TIMEOUT_SECONDS);
                    return 3;
                }
                control.ready();
                start = control.go().get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                Logger.error("start-up did not complete: {}", e.getCause() == null ? e : e.getCause().getMessage());
                return 3;
            }
            try (EventLogWriter log = new EventLogWriter(folder.vmLog(id))) {
                tick(start, log, mesh, control);
            }
            control.send(ControlProtocol.BYE);
            Logger.info("VM {} stopped after {} ticks at clock {}", id, logic.tick(), logic.clock());
            return 0;
        }
    }

    /** STOP, a closed control connection, or shutdown: finish the current tick, then write stop. Idempotent. */
    void requestStop() {
        if (stopRequested) {
            return;
        }
        stopRequested = true;
        LockSupport.unpark(tickThread);
    }

    /** The control connection is gone: stop like on STOP, and whatever happens, end this process soon. */
    private void supervisorLost() {
        requestStop();
        Threads.start("orphan-watchdog", () -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ORPHAN_HALT_MILLIS));
            Logger.error("still running {} ms after the control connection closed; halting", ORPHAN_HALT_MILLIS);
            Runtime.getRuntime().halt(4);
        });
    }

    private void tick(long startEpochMicros, EventLogWriter log, PeerMesh mesh, ControlLink control)
            throws IOException {
        long startNanos = System.nanoTime() + (startEpochMicros - Timestamps.nowMicros()) * 1000;
        TickSchedule schedule = new TickSchedule(startNanos, logic.rate() * settings.speed(),
                settings.durationSeconds());
        if (!sleepUntil(startNanos)) {
            return;
        }
        emit(logic.startEvent(Timestamps.nowMicros(), settings.speed()), log, control);
        for (long k = 1; schedule.includes(k) && sleepUntil(schedule.deadlineNanos(k)); k++) {
            var taken = queue.poll();
            TickOutcome outcome = logic.onTick(Timestamps.nowMicros(), taken, queue.size());
            emit(outcome.event(), log, control);
            for (int peer : outcome.recipients()) {
                mesh.send(peer, outcome.outgoing());
            }
        }
        emit(logic.stopEvent(Timestamps.nowMicros(), queue.size()), log, control);
    }

    private static void emit(LogEvent event, EventLogWriter log, ControlLink control) throws IOException {
        control.send(ControlProtocol.event(log.write(event)));
    }

    /** Parks until the deadline; false as soon as a stop is requested. */
    private boolean sleepUntil(long deadlineNanos) {
        while (!stopRequested) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            LockSupport.parkNanos(left);
        }
        return false;
    }
}
