package scalemodels.vm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import org.tinylog.Logger;

import scalemodels.diag.Threads;
import scalemodels.event.EventDetail;
import scalemodels.event.LogEvent;
import scalemodels.log.EventLogWriter;
import scalemodels.log.LogWriteException;
import scalemodels.log.RunFolder;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.model.TickOutcome;
import scalemodels.model.VmLogic;
import scalemodels.wire.Secret;
import scalemodels.wire.ToSupervisor;
import scalemodels.wire.ToVm;

/**
 * One VM process from hello to stop: connects to the supervisor, meets its peers, waits for the common start
 * instant, then ticks on its absolute schedule until the run ends or it is told to stop. Injected faults (pause,
 * channel drop or delay) arrive as commands that the tick thread applies and logs between ticks.
 */
final class VmRuntime {
    /** Lines a VM behind its schedule holds back at most before writing them together. */
    private static final int MAX_HELD_BACK = 32;
    /** Time left before the start that is worth warming up in (a restart gets an immediate start and skips it). */
    private static final long WARM_UP_IF_NANOS_LEFT = 50_000_000;
    private int heldBack;
    /** The start line carries the start instant ahead of time: a line logged while waiting for it takes that time. */
    private long notBeforeMicros;
    static final long STARTUP_TIMEOUT_SECONDS = 60;
    /** Exit code of a VM whose event log could not be written. */
    static final int LOG_FAILED = 5;
    /** Control connection gone: the process must be gone within 2 s even if something hangs. */
    private static final long ORPHAN_HALT_MILLIS = 1500;

    private final int id;
    private final RunSettings settings;
    private final RunFolder folder;
    private final Secret secret;
    private final VmLogic logic;
    private final boolean restart;
    private final InboundQueue queue;
    private final StagedMesh staged;
    private final TickCommands commands;
    private volatile boolean stopRequested;
    private volatile Thread tickThread;

    /**
     * @param restart carry on from this VM's own log (a crashed VM's new process)
     * @param staged  this VM's peer channels, opened before the run (a meshed standby); null to open them now
     */
    VmRuntime(int id, RunSettings settings, RunFolder folder, Secret secret, boolean restart, StagedMesh staged) {
        this.id = id;
        this.settings = settings;
        this.folder = folder;
        this.secret = secret;
        this.logic = new VmLogic(id, settings);
        this.restart = restart;
        this.staged = staged;
        this.queue = staged == null ? new InboundQueue() : staged.queue();
        this.commands = new TickCommands(id, settings.vms(), () -> LockSupport.unpark(tickThread));
    }

    /** Runs the VM to its end; returns the process exit code. */
    int run(int controlPort) throws IOException, InterruptedException {
        tickThread = Thread.currentThread();
        if (restart) {
            RecoveredState.read(folder.vmLog(id), id).ifPresent(state -> state.applyTo(logic));
        }
        Logger.info("VM {} of {}: rate {} ticks/s at speed {}{}", id, settings.vms(), logic.rate(),
                RunSettings.plain(settings.speed()), restart ? ", restarting at clock " + logic.clock() : "");
        try (PeerMesh mesh = staged == null ? new PeerMesh(id, settings.vms(), secret, queue) : staged.mesh();
             ControlLink control = new ControlLink(controlPort, settings.vms(), this::requestStop,
                     this::supervisorLost, commands::offer)) {
            control.hello(secret, id, mesh.port(), logic.rate());
            ToVm.Go go;
            try {
                mesh.connectAll(control.peers().get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS), restart);
                if (!restart && !mesh.awaitInbound(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    Logger.error("not every peer connected within {} s", STARTUP_TIMEOUT_SECONDS);
                    return 3;
                }
                control.ready();
                go = control.go().get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                if (stopRequested) {
                    Logger.info("stopped before the clocks started");
                    return 0;
                }
                Logger.error("start-up did not complete: {}", e.getCause() == null ? e : e.getCause().getMessage());
                return 3;
            }
            try (EventLogWriter log = new EventLogWriter(folder.vmLog(id))) {
                tick(go.startEpochMicros(), go.endEpochMicros(), log, mesh, control);
            } catch (LogWriteException e) {
                // A VM that cannot log cannot take part: its peers would act on events no log holds. It says why on
                // the control connection (the disk may be too full for its own diagnostics) and leaves.
                Logger.error("VM {} {}", id, e.getMessage());
                control.send(new ToSupervisor.Fail("VM " + id + " stopped: " + e.getMessage()), true);
                return LOG_FAILED;
            }
            control.send(new ToSupervisor.Bye());
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
        // No supervisor will tidy up after this process (it was killed): an empty console file goes now.
        deleteIfEmpty(folder.vmConsole(id));
        Threads.start("orphan-watchdog", () -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ORPHAN_HALT_MILLIS));
            Logger.error("still running {} ms after the control connection closed; halting", ORPHAN_HALT_MILLIS);
            Runtime.getRuntime().halt(4);
        });
    }

    private static void deleteIfEmpty(java.nio.file.Path file) {
        try {
            if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) == 0) {
                java.nio.file.Files.delete(file);
            }
        } catch (IOException e) {
            Logger.warn("could not delete {}: {}", file, e.getMessage());
        }
    }

    private void tick(long startEpochMicros, long endEpochMicros, EventLogWriter log, PeerMesh mesh,
                      ControlLink control) throws IOException {
        long offsetNanos = Timestamps.monotonicMinusWallNanos();
        long startNanos = startEpochMicros * 1000 + offsetNanos;
        long endNanos = endEpochMicros == 0 ? Long.MAX_VALUE : endEpochMicros * 1000 + offsetNanos;
        TickSchedule schedule = new TickSchedule(startNanos, logic.rate() * settings.speed(), endNanos);
        if (startNanos - System.nanoTime() > WARM_UP_IF_NANOS_LEFT) {
            WarmUp.lines();
        }
        notBeforeMicros = startEpochMicros;
        // The start (or restart) line stands for the start instant and is written while waiting for it: tick 1, due
        // at that very instant, does not wait for the first write, and a command applied while waiting (a peer that
        // came back) is logged after it, never before.
        emit(restart ? logic.restartEvent(startEpochMicros, settings.speed(), queue.size())
                : logic.startEvent(startEpochMicros, settings.speed()), log, control);
        if (!sleepUntil(() -> startNanos, endNanos, log, mesh, control, schedule)) {
            // Stopped before the start: nothing happened, and the log still ends with stop (never before start).
            emit(logic.stopEvent(Math.max(Timestamps.nowMicros(), startEpochMicros), queue.size()), log, control);
            return;
        }
        if (restart) {
            schedule.resumeAt(logic.tick(), System.nanoTime());
        }
        while (schedule.includes(logic.tick() + 1)
                && sleepUntil(() -> schedule.deadlineNanos(logic.tick() + 1), endNanos, log, mesh, control, schedule)
                && schedule.includes(logic.tick() + 1)) {
            InboundQueue.Look look = queue.take();
            TickOutcome outcome = logic.onTick(look.timeMicros(), look.taken(), look.remaining());
            if (outcome.outgoing() != null) {
                // Write-ahead: the send line, and every line before it, is in the log and streamed before any byte
                // of the message leaves. A crash can then lose a message that was never delivered, never one that
                // was: no receiver logs a message its sender's log does not have.
                flushHeldBack(log, control);
                List<PeerMesh.Route> routes = routes(outcome, mesh);
                emit(withUndelivered(outcome.event(), routes), log, control);
                for (PeerMesh.Route route : routes) {
                    mesh.transmit(route, outcome.outgoing());
                }
            } else if (heldBack < MAX_HELD_BACK && behind(schedule)) {
                control.send(new ToSupervisor.Event(log.write(stamped(outcome.event()), false)), false);
                heldBack++;
            } else {
                emit(outcome.event(), log, control);
            }
        }
        emit(logic.stopEvent(Timestamps.nowMicros(), queue.size()), log, control);
    }

    /** Where the tick's message goes, recipient by recipient, decided before anything is logged or sent. */
    private List<PeerMesh.Route> routes(TickOutcome outcome, PeerMesh mesh) {
        List<PeerMesh.Route> routes = new ArrayList<>(outcome.recipients().length);
        for (int peer : outcome.recipients()) {
            routes.add(mesh.route(peer, commands.faults()));
        }
        return routes;
    }

    /** The send line naming the recipients that will not get the message now, and why. */
    private static LogEvent withUndelivered(LogEvent event, List<PeerMesh.Route> routes) {
        List<Integer> failed = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        List<Integer> delayed = new ArrayList<>();
        for (PeerMesh.Route route : routes) {
            switch (route.outcome()) {
                case FAILED -> failed.add(route.peer());
                case DROPPED -> dropped.add(route.peer());
                case DELAYED -> delayed.add(route.peer());
                case SENT -> {
                }
            }
        }
        if (failed.isEmpty() && dropped.isEmpty() && delayed.isEmpty()) {
            return event;
        }
        EventDetail.Send send = (EventDetail.Send) event.detail();
        return new LogEvent(event.timeMicros(), event.vm(), event.tick(), event.clock(), event.queue(),
                new EventDetail.Send(send.value(), send.to(), ints(failed), ints(dropped), ints(delayed)), event.vc());
    }

    /** The time for a fault or command line: now, but never before the start line (written ahead of the start). */
    private long annotationMicros() {
        return Math.max(Timestamps.nowMicros(), notBeforeMicros);
    }

    /** Writes and streams the line, flushing it and any held back before it: the log first, then the stream. */
    private void emit(LogEvent event, EventLogWriter log, ControlLink control) throws IOException {
        control.send(new ToSupervisor.Event(log.write(stamped(event), true)), true);
        heldBack = 0;
    }

    /**
     * The event with the time this VM's own wall clock shows ({@code --clock-skew}): its ticks keep real time, the
     * times it logs are off by its offset and drift, as a separate machine's would be.
     */
    private LogEvent stamped(LogEvent event) {
        long start = notBeforeMicros == 0 ? event.timeMicros() : notBeforeMicros; // drift counts from the start
        long time = settings.clockSkew().stamp(id, event.timeMicros(), start);
        return time == event.timeMicros() ? event : new LogEvent(time, event.vm(), event.tick(), event.clock(),
                event.queue(), event.detail(), event.vc());
    }

    private void flushHeldBack(EventLogWriter log, ControlLink control) throws IOException {
        if (heldBack > 0) {
            log.flush();
            control.flush();
            heldBack = 0;
        }
    }

    /**
     * Whether the next tick is already due: the VM is behind its schedule (more ticks asked of it than its share of
     * the cores allows) and runs ticks back to back. Their lines then go out together, a write each instead of two
     * per line; a tick that is on time flushes at once, so on a machine that keeps up nothing changes.
     */
    private boolean behind(TickSchedule schedule) {
        return schedule.includes(logic.tick() + 1) && schedule.deadlineNanos(logic.tick() + 1) - System.nanoTime() <= 0;
    }

    /**
     * Parks until the deadline (asked again after every wake-up, since a resume moves it), applying commands as they
     * come; while paused it waits for resume. False as soon as a stop is requested or the run's end passes.
     */
    private boolean sleepUntil(java.util.function.LongSupplier deadline, long endNanos, EventLogWriter log,
                               PeerMesh mesh, ControlLink control, TickSchedule schedule) throws IOException {
        while (!stopRequested) {
            applyCommands(log, mesh, control, schedule);
            if (commands.paused()) {
                if (endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0) {
                    return false;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                continue;
            }
            long left = deadline.getAsLong() - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
        }
        return false;
    }

    private void applyCommands(EventLogWriter log, PeerMesh mesh, ControlLink control, TickSchedule schedule)
            throws IOException {
        commands.apply(mesh, schedule, logic.tick(),
                detail -> emit(logic.annotation(annotationMicros(), queue.size(), detail), log, control));
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
