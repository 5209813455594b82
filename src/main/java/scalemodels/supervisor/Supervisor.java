package scalemodels.supervisor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.tinylog.Logger;

import scalemodels.diag.Diagnostics;
import scalemodels.diag.Threads;
import scalemodels.event.FaultKind;
import scalemodels.log.LogLineFormat;
import scalemodels.log.LogWriteException;
import scalemodels.log.MalformedLineException;
import scalemodels.log.RunFolder;
import scalemodels.log.RunManifest;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;
import scalemodels.wire.ControlProtocol;
import scalemodels.wire.LineConnection;
import scalemodels.wire.Secret;

/**
 * Runs one model in real processes: creates the run folder, opens the control socket, launches one JVM per VM, waits
 * until every VM is connected to every other, starts all clocks at one common instant, relays every event line to
 * its {@link RunListener}, and makes sure every process is gone when the run ends. Plain Java, no JavaFX.
 */
public final class Supervisor implements AutoCloseable {
    /** Time from GO to the first tick, so every VM has the instant before it arrives. */
    private static final long GO_MARGIN_MICROS = 150_000;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Duration STREAM_DRAIN = Duration.ofSeconds(2);

    private final RunSettings settings;
    private final Path logsRoot;
    private final RunListener listener;
    private final StandbyVms standby;
    private final Secret secret = Secret.generate();
    private final VmChild[] children;
    private final CountDownLatch hellos;
    private final CountDownLatch readies;
    private final CompletableFuture<RunOutcome> ended = new CompletableFuture<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private RunFolder folder;
    private ChildLauncher launcher;
    private RunManifest manifest;
    private ControlServer control;
    private volatile long startMicros;
    private volatile long endMicros;
    private volatile boolean stopRequested;
    private volatile boolean stoppedEarly;

    public Supervisor(RunSettings settings, Path logsRoot, RunListener listener) {
        this(settings, logsRoot, listener, null);
    }

    /** @param standby warm VM processes to claim before starting fresh JVMs (the window keeps some); null for none */
    public Supervisor(RunSettings settings, Path logsRoot, RunListener listener, StandbyVms standby) {
        this.standby = standby;
        this.settings = settings.requireValid();
        this.logsRoot = logsRoot;
        this.listener = listener;
        this.children = new VmChild[settings.vms()];
        for (int i = 0; i < children.length; i++) {
            children[i] = new VmChild(i, false);
        }
        this.hellos = new CountDownLatch(settings.vms());
        this.readies = new CountDownLatch(settings.vms());
    }

    public RunSettings settings() {
        return settings;
    }

    /**
     * Starts the run and returns once every VM's clock is about to start.
     *
     * @throws LaunchException with a message for the user; nothing is left running
     */
    public synchronized RunFolder start() throws LaunchException {
        if (folder != null) {
            throw new IllegalStateException("a supervisor runs one run");
        }
        try {
            folder = RunFolder.create(logsRoot, Instant.now(), settings.seed());
        } catch (IOException e) {
            throw new LaunchException("Cannot create a run folder under " + logsRoot + ": " + ChildLauncher.describe(e), e);
        }
        Diagnostics.followRun(folder.dir());
        launcher = new ChildLauncher(folder, standby);
        Logger.info("run {} starting: {}", folder.runId(), settings);
        ProcessReaper.register(this);
        try {
            manifest = RunManifest.of(folder, settings, "processes");
            manifest.write(folder.manifest());
            control = new ControlServer(secret, settings.vms(), this::attach, this::reportProblem);
            for (VmChild child : children) {
                launch(child);
            }
            endMicros = 0;
            await(hellos, "connect to the supervisor");
            int[] ports = Arrays.stream(children).mapToInt(c -> c.peerPort).toArray();
            broadcast(ControlProtocol.peers(ports));
            await(readies, "connect to its peers");
            if (stopRequested) {
                throw new LaunchException("Stopped before the clocks started");
            }
            startMicros = Timestamps.nowMicros() + GO_MARGIN_MICROS;
            endMicros = settings.runsUntilStopped() ? 0
                    : startMicros + Math.round(settings.durationSeconds() * 1e6);
            broadcast(ControlProtocol.go(startMicros, endMicros));
            for (VmChild child : children) {
                setStatus(child, VmStatus.RUNNING);
            }
            manifest.put("started_at", Timestamps.format(startMicros))
                    .put("rates", Arrays.stream(children).map(c -> Integer.toString(c.rate))
                            .collect(Collectors.joining(",")));
            manifest.write(folder.manifest());
            watchDuration();
            Logger.info("run {} started; clocks start at {}", folder.runId(), Timestamps.format(startMicros));
            return folder;
        } catch (IOException | LaunchException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Logger.error(e, "run {} failed to start", folder.runId());
            killAll();
            control.close();
            ProcessReaper.unregister(this);
            throw e instanceof LaunchException launch ? launch
                    : new LaunchException("The run could not start: " + ChildLauncher.describe(e), e);
        }
    }

    public RunFolder folder() {
        return folder;
    }

    /** The common start instant of all clocks, epoch microseconds; 0 before the run started. */
    public long startMicros() {
        return startMicros;
    }

    /** The loopback port of the control socket; 0 before the run started. */
    public int controlPort() {
        return control == null ? 0 : control.port();
    }

    /** The loopback port each VM listens on for its peers (0 where it is down). */
    public int[] peerPorts() {
        return Arrays.stream(children).mapToInt(c -> c.status == VmStatus.CRASHED ? 0 : c.peerPort).toArray();
    }

    // ---- fault injection ------------------------------------------------------------------------------------

    /** Stops VM {@code vm}'s ticks; messages keep arriving and pile up in its queue. */
    public void pause(int vm) {
        sendTo(vm, ControlProtocol.PAUSE);
    }

    public void resume(int vm) {
        sendTo(vm, ControlProtocol.RESUME);
    }

    /**
     * A channel fault on the messages VM {@code from} sends VM {@code to}.
     *
     * @param kind      drop, delay or clear
     * @param forMillis how long it lasts; 0 until cleared
     */
    public void fault(int from, int to, FaultKind kind, long delayMillis, long forMillis) {
        if (from == to || to < 0 || to >= children.length) {
            throw new IllegalArgumentException("no channel from VM " + from + " to VM " + to);
        }
        if (delayMillis < 0 || forMillis < 0) {
            throw new IllegalArgumentException("a fault's times must be 0 or more");
        }
        sendTo(from, ControlProtocol.fault(to, kind, delayMillis, forMillis));
    }

    /** Kills VM {@code vm}'s process for real (SIGKILL); the supervisor then writes its crash line. */
    public void crash(int vm) {
        VmChild child = child(vm);
        if (child.process != null && child.process.isAlive()) {
            Logger.warn("crashing VM {} (process {}) on request", vm, child.process.pid());
            child.killRequested = true;
            child.process.destroyForcibly();
        }
    }

    /**
     * Starts a new process for a crashed VM. It carries on with the clock, vector clock, tick count and draws its
     * log ends with, reconnects to every running peer, and ticks until the run's end.
     */
    public synchronized void restart(int vm) throws LaunchException {
        VmChild old = child(vm);
        if (old.status != VmStatus.CRASHED || ended.isDone() || stopRequested) {
            throw new LaunchException("VM " + vm + " can only be restarted after it crashed, while the run goes on");
        }
        VmChild fresh = new VmChild(vm, true);
        // One VM, one log: the count of lines streamed goes on across its processes (the crash line is counted).
        fresh.eventsReceived.set(old.eventsReceived.get());
        children[vm] = fresh;
        launch(fresh);
    }

    private VmChild child(int vm) {
        if (vm < 0 || vm >= children.length) {
            throw new IllegalArgumentException("no VM " + vm);
        }
        return children[vm];
    }

    private void sendTo(int vm, String line) {
        LineConnection connection = child(vm).control;
        if (connection == null) {
            return;
        }
        try {
            connection.send(line);
        } catch (IOException e) {
            Logger.warn("could not send {} to VM {}: {}", line.split(" ")[0], vm, e.getMessage());
        }
    }

    /** What VM {@code vm}'s current process is doing now. */
    public VmStatus status(int vm) {
        return children[vm].status;
    }

    /** Pids of the VM processes launched so far, by VM id (-1 where none). */
    public long[] pids() {
        return Arrays.stream(children).mapToLong(c -> c.process == null ? -1 : c.process.pid()).toArray();
    }

    /** Asks every VM to finish its tick, write stop and exit; those that do not exit in time are destroyed. */
    public void requestStop() {
        if (stopRequested) {
            return;
        }
        stopRequested = true;
        stoppedEarly = settings.runsUntilStopped()
                || Timestamps.nowMicros() < startMicros + (long) (settings.durationSeconds() * 1e6);
        Logger.info("stop requested");
        broadcast(ControlProtocol.STOP);
        Threads.start("stop-enforcer", () -> {
            if (awaitEnd(STOP_GRACE) == null) {
                Logger.warn("VMs still running {} after stop; destroying them", STOP_GRACE);
                killAll();
            }
        });
    }

    /** The outcome once every process has exited, or null if that takes longer than {@code timeout}. */
    public RunOutcome awaitEnd(Duration timeout) {
        try {
            return ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public CompletableFuture<RunOutcome> ended() {
        return ended;
    }

    /** Stops the run if it is still going and does not return while any VM process is alive. */
    @Override
    public void close() {
        if (folder == null) {
            return;
        }
        if (!ended.isDone()) {
            requestStop();
            if (awaitEnd(STOP_GRACE.plusSeconds(3)) == null) {
                killAll();
            }
        }
        for (VmChild child : children) {
            if (child.process != null) {
                child.process.onExit().join();
            }
        }
        if (control != null) {
            control.close();
        }
        ProcessReaper.unregister(this);
    }

    private void launch(VmChild child) throws LaunchException {
        launcher.launch(child, settings, control.port(), secret);
        Threads.start("vm-" + child.id + "-watch", () -> watch(child));
    }

    private boolean attach(ControlServer.Hello hello, LineConnection connection) {
        VmChild child = children[hello.vm()];
        synchronized (child) {
            if (child.control != null) {
                return false;
            }
            child.control = connection;
            child.peerPort = hello.peerPort();
            child.rate = hello.rate();
        }
        Logger.info("VM {} said hello: peer port {}, rate {}", child.id, hello.peerPort(), hello.rate());
        setStatus(child, VmStatus.CONNECTING);
        if (child.restarting) {
            rejoin(child, connection);
        } else {
            hellos.countDown();
        }
        readStream(child, connection);
        return true;
    }

    /** Runs on the connection's own thread until the VM closes it. */
    private void readStream(VmChild child, LineConnection connection) {
        try {
            String line;
            while ((line = connection.readLine()) != null) {
                String[] words = ControlProtocol.words(line);
                switch (words[0]) {
                    case ControlProtocol.EVENT -> relay(child, words[1]);
                    case ControlProtocol.READY -> {
                        // A restarted VM is running from its rejoin on; its READY comes later and changes nothing.
                        if (!child.restarting) {
                            setStatus(child, VmStatus.READY);
                            readies.countDown();
                        }
                    }
                    case ControlProtocol.BYE -> child.saidBye = true;
                    case ControlProtocol.FAIL -> {
                        child.failure = words[1];
                        reportProblem(words[1]);
                    }
                    default -> Logger.warn("VM {} sent an unknown control line '{}'", child.id, words[0]);
                }
            }
        } catch (IOException e) {
            Logger.warn("control stream of VM {} ended: {}", child.id, e.getMessage());
        } finally {
            connection.close();
            child.streamEnded.complete(null);
        }
    }

    /** A restarted VM: it gets everyone's ports and starts at once; the others learn its new port. */
    private void rejoin(VmChild child, LineConnection connection) {
        try {
            connection.send(ControlProtocol.peers(peerPorts()));
            connection.send(ControlProtocol.go(Timestamps.nowMicros() + 50_000, endMicros));
        } catch (IOException e) {
            reportProblem("VM " + child.id + " could not rejoin: " + e.getMessage());
            return;
        }
        for (VmChild other : children) {
            if (other != child && other.control != null && !other.status.isFinal()) {
                sendTo(other.id, ControlProtocol.peer(child.id, child.peerPort));
            }
        }
        setStatus(child, VmStatus.RUNNING);
        Logger.info("VM {} restarted and rejoined its peers", child.id);
    }

    private void relay(VmChild child, String eventLine) {
        try {
            var event = LogLineFormat.parse(eventLine);
            child.eventsReceived.incrementAndGet();
            child.lastEvent = event;
            if (event.type() == scalemodels.event.EventType.PAUSE) {
                setStatus(child, VmStatus.PAUSED);
            } else if (event.type() == scalemodels.event.EventType.RESUME) {
                setStatus(child, VmStatus.RUNNING);
            }
            listener.onEvent(event);
        } catch (MalformedLineException e) {
            reportProblem("VM " + child.id + " streamed a malformed event line: " + e.getMessage());
        }
    }

    /** Waits for the process to exit, lets its stream drain, then records how it ended. */
    private void watch(VmChild child) {
        int code;
        try {
            code = child.process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (child.control == null) {
            child.streamEnded.complete(null);
        }
        try {
            child.streamEnded.get(STREAM_DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            Logger.warn("control stream of VM {} did not end after its process exited", child.id);
        }
        boolean clean = code == 0 && child.saidBye;
        if (!clean && startMicros != 0) {
            if (child.failure == null) {
                reportProblem(child.killRequested ? "VM " + child.id + " was killed on request (crash injected)"
                        : "VM " + child.id + " ended without a clean stop (exit code " + code + "); see "
                        + folder.vmDiagnostics(child.id).getFileName());
            }
            try {
                CrashLine.append(folder.vmLog(child.id), child.lastEvent).ifPresent(crash -> {
                    child.eventsReceived.incrementAndGet();
                    listener.onEvent(crash);
                });
            } catch (LogWriteException e) {
                reportProblem("The crash of VM " + child.id + " is not in its log: " + e.getMessage());
            }
        }
        Logger.info("VM {} exited with code {}", child.id, code);
        ChildLauncher.deleteIfEmpty(folder.vmConsole(child.id));
        if (children[child.id] == child) {
            setStatus(child, clean ? VmStatus.STOPPED : VmStatus.CRASHED);
        } else {
            child.status = clean ? VmStatus.STOPPED : VmStatus.CRASHED;
        }
        if (children[child.id] == child && Arrays.stream(children).allMatch(c -> c.status.isFinal())) {
            finish();
        }
    }

    private synchronized void finish() {
        if (ended.isDone() || startMicros == 0) {
            return;
        }
        RunOutcome outcome = new RunOutcome(folder,
                Arrays.stream(children).mapToInt(c -> c.rate).toArray(),
                Arrays.stream(children).map(c -> c.status).toArray(VmStatus[]::new),
                Arrays.stream(children).mapToLong(c -> c.eventsReceived.get()).toArray(),
                stoppedEarly, List.copyOf(problems));
        manifest.put("ended_at", Timestamps.format(Timestamps.nowMicros()))
                .put("stopped_early", Boolean.toString(stoppedEarly));
        try {
            manifest.write(folder.manifest());
        } catch (IOException e) {
            Logger.error(e, "could not update the manifest");
        }
        control.close();
        ProcessReaper.unregister(this);
        Logger.info("run {} ended: {} events received", folder.runId(), outcome.totalEventsReceived());
        listener.onRunEnded(outcome);
        ended.complete(outcome);
    }

    /** Backstop for a run with a duration: if the VMs have not all ended well after it, stop them. */
    private void watchDuration() {
        if (settings.runsUntilStopped()) {
            return;
        }
        Threads.start("duration-watch", () -> {
            Duration expected = Duration.ofMillis((long) (settings.durationSeconds() * 1000)).plusSeconds(10);
            if (awaitEnd(expected) == null) {
                reportProblem("The run did not end on time; stopping it");
                requestStop();
            }
        });
    }

    private void await(CountDownLatch latch, String what) throws LaunchException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30 + 2L * children.length);
        while (!latch.await(50, TimeUnit.MILLISECONDS)) {
            if (stopRequested) {
                throw new LaunchException("Stopped before the clocks started");
            }
            for (VmChild child : children) {
                if (!child.alive()) {
                    throw new LaunchException("VM " + child.id + " exited while starting (exit code "
                            + ChildLauncher.exitCode(child) + ")" + launcher.consoleTail(child));
                }
            }
            if (System.nanoTime() > deadline) {
                String late = Arrays.stream(children).filter(c -> c.status.ordinal() < VmStatus.READY.ordinal())
                        .map(c -> Integer.toString(c.id)).collect(Collectors.joining(", "));
                throw new LaunchException("VMs " + late + " did not " + what + " in time");
            }
        }
    }

    private void broadcast(String line) {
        for (VmChild child : children) {
            LineConnection connection = child.control;
            if (connection == null) {
                continue;
            }
            try {
                connection.send(line);
            } catch (IOException e) {
                Logger.warn("could not send {} to VM {}: {}", line.split(" ")[0], child.id, e.getMessage());
            }
        }
    }

    private void killAll() {
        for (VmChild child : children) {
            if (child.process != null && child.process.isAlive()) {
                Logger.warn("destroying VM {} (process {})", child.id, child.process.pid());
                child.process.destroyForcibly();
            }
        }
    }

    private void setStatus(VmChild child, VmStatus status) {
        child.status = status;
        listener.onVmStatus(child.id, status);
    }

    private void reportProblem(String message) {
        Logger.warn(message);
        problems.add(message);
        listener.onProblem(message);
    }

}
