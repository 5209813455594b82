package scalemodels.supervisor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.tinylog.Logger;

import scalemodels.diag.Diagnostics;
import scalemodels.diag.Threads;
import scalemodels.launch.FaultControls;
import scalemodels.launch.LaunchException;
import scalemodels.launch.LaunchedRun;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.LogBudget;
import scalemodels.log.RunFolder;
import scalemodels.log.RunManifest;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;
import scalemodels.wire.ToVm;

/**
 * Runs one model in real processes: creates the run folder, opens the control socket, launches one process per VM
 * where its {@link VmPlacement} says, waits until every VM is connected to every other, starts all clocks at one
 * common instant, relays every event line to its {@link RunListener} ({@link ControlStream}), records how each
 * process ended ({@link ChildWatcher}) and makes sure every process is gone when the run ends. Plain Java, no JavaFX.
 */
public final class Supervisor implements LaunchedRun {
    /** Time from GO to the first tick, so every VM has the instant before it arrives. */
    private static final long GO_MARGIN_MICROS = 150_000;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(10); // for each stopped process, then killed

    private final RunSettings settings;
    private final Path logsRoot;
    private final RunReport report;
    private final VmPlacement placement;
    private final Children children;
    private final CountDownLatch hellos;
    private final CountDownLatch readies;
    private final CompletableFuture<RunOutcome> ended = new CompletableFuture<>();
    private RunFolder folder;
    private LastWords lastWords; // room for the crash lines and the final manifest on a disk that fills up
    private ChildLauncher launcher;
    private ChildWatcher watcher;
    private StartupWait startup;
    private final ProcessFaults faults;
    private RunManifest manifest;
    private ControlServer control;
    private volatile long startMicros;
    private volatile long endMicros;
    private volatile boolean stopRequested;
    private volatile boolean stoppedEarly;
    private volatile boolean startFailed; // then no end is coming: close() has nothing to wait for

    public Supervisor(RunSettings settings, Path logsRoot, RunListener listener) {
        this(settings, logsRoot, listener, new LocalPlacement(null));
    }

    /** @param placement where each VM process runs (warm standby processes or fresh JVMs on this machine) */
    public Supervisor(RunSettings settings, Path logsRoot, RunListener listener, VmPlacement placement) {
        this.settings = settings.requireValid();
        this.logsRoot = logsRoot;
        this.report = new RunReport(listener);
        this.placement = placement;
        this.children = new Children(settings.vms());
        this.hellos = new CountDownLatch(settings.vms());
        this.readies = new CountDownLatch(settings.vms());
        this.faults = new ProcessFaults(children, this::launch, () -> !ended.isDone() && !stopRequested, this);
    }

    @Override
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
            folder = RunFolder.create(logsRoot, Instant.now(), settings);
            lastWords = LastWords.keep(folder.dir());
            report.onProblem(lastWords::problemCame);
        } catch (IOException e) {
            throw new LaunchException(e instanceof LogBudget.TooLarge ? "Not started: " + e.getMessage()
                    : "Cannot create a run folder under " + logsRoot + ": " + ChildLauncher.describe(e), e);
        }
        Diagnostics.followRun(folder.dir());
        launcher = new ChildLauncher(folder, placement, settings.vms());
        startup = new StartupWait(children, launcher, () -> stopRequested);
        watcher = new ChildWatcher(folder, children, report, new StartLines(settings, () -> startMicros), this::finish);
        Logger.info("run {} starting: {}", folder.runId(), settings);
        ProcessReaper.register(this);
        try {
            manifest = RunManifest.of(folder, settings, "processes");
            manifest.write(folder.manifest());
            control = new ControlServer(launcher.secret(), settings.vms(), placement.controlAddress(),
                    new Attachments(children, report, hellos, readies, () -> endMicros),
                    report::notice);
            for (VmChild child : children.snapshot()) {
                launch(child);
            }
            launcher.startsDone();
            startup.await(hellos, "connect to the supervisor");
            children.broadcast(new ToVm.Peers(children.peerPorts()));
            startup.await(readies, "connect to its peers");
            go();
            return folder;
        } catch (IOException | LaunchException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            startFailed = true;
            Logger.error(e, "run {} failed to start", folder.runId());
            launcher.startsDone();
            children.killAll();
            if (control != null) {
                control.close();
            }
            lastWords.due();
            ProcessReaper.unregister(this);
            throw e instanceof LaunchException launch ? launch
                    : new LaunchException("The run could not start: " + ChildLauncher.describe(e), e);
        }
    }

    /** Every VM is connected to every other: one common start instant for all clocks. */
    private void go() throws LaunchException, IOException {
        if (stopRequested) {
            throw new LaunchException("Stopped before the clocks started");
        }
        long start = Timestamps.nowMicros() + GO_MARGIN_MICROS;
        endMicros = settings.runsUntilStopped() ? 0 : start + Math.round(settings.durationSeconds() * 1e6);
        startMicros = start;
        children.broadcast(new ToVm.Go(start, endMicros));
        for (VmChild child : children.snapshot()) {
            report.status(child, VmStatus.RUNNING);
        }
        String rates = Arrays.stream(children.rates()).mapToObj(Integer::toString).collect(Collectors.joining(","));
        manifest.put("started_at", Timestamps.format(start)).put("rates", rates);
        manifest.write(folder.manifest());
        watchDuration();
        Logger.info("run {} started; clocks start at {}; rates {}, peer ports {}", folder.runId(),
                Timestamps.format(start), rates, Arrays.toString(children.peerPorts()));
    }

    @Override
    public RunFolder folder() {
        return folder;
    }

    /** The common start instant of all clocks, epoch microseconds; 0 before the run started. */
    @Override
    public long startMicros() {
        return startMicros;
    }

    /** The port of the control socket; 0 before the run started. */
    public int controlPort() {
        return control == null ? 0 : control.port();
    }

    /** The port each VM listens on for its peers (0 where it is down). */
    public int[] peerPorts() {
        return children.peerPorts();
    }

    /** Pause, resume, channel faults, crash and restart for this run while it goes on. */
    @Override
    public Optional<FaultControls> faults() {
        return Optional.of(faults);
    }

    /** What VM {@code vm}'s current process is doing now. */
    public VmStatus status(int vm) {
        return children.get(vm).status;
    }

    @Override
    public long[] pids() {
        return children.pids();
    }

    /** Asks every VM to finish its tick, write stop and exit; those that do not exit in time are destroyed. */
    @Override
    public void requestStop() {
        if (stopRequested) {
            return;
        }
        stopRequested = true;
        stoppedEarly = settings.runsUntilStopped()
                || Timestamps.nowMicros() < startMicros + (long) (settings.durationSeconds() * 1e6);
        Logger.info("stop requested");
        children.broadcast(new ToVm.Stop());
        Threads.start("stop-enforcer", () -> {
            if (awaitEnd(STOP_GRACE) == null) {
                Logger.warn("VMs still running {} after stop; destroying them", STOP_GRACE);
                children.killAll();
            }
        });
    }

    @Override
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

    @Override
    public CompletableFuture<RunOutcome> ended() {
        return ended;
    }

    /** Stops the run if it is still going and does not return while any VM process is alive. */
    @Override
    public void close() {
        if (folder == null) {
            return;
        }
        if (!ended.isDone() && !startFailed) {
            requestStop();
            if (awaitEnd(STOP_GRACE.plusSeconds(3)) == null) {
                children.killAll();
            }
        }
        children.awaitExits(EXIT_WAIT);
        if (control != null) {
            control.close();
        }
        ProcessReaper.unregister(this);
    }

    private void launch(VmChild child) throws LaunchException {
        launcher.launch(child, settings, control.port());
        Threads.start("vm-" + child.id + "-watch", () -> watcher.watch(child));
    }

    private synchronized void finish() {
        if (ended.isDone() || startMicros == 0) {
            return;
        }
        VmChild[] all = children.snapshot();
        RunOutcome outcome = new RunOutcome(folder, children.rates(),
                Arrays.stream(all).map(c -> c.status).toArray(VmStatus[]::new),
                Arrays.stream(all).mapToLong(c -> c.eventsReceived.get()).toArray(),
                stoppedEarly, report.problems());
        control.close(); // first: its last lines about strangers come before the end
        lastWords.due();
        manifest.recordEnd(Timestamps.nowMicros(), stoppedEarly, control.refused(), outcome.problems(),
                outcome.clean());
        try {
            manifest.write(folder.manifest());
        } catch (IOException e) {
            Logger.error(e, "could not update the manifest");
        }
        ProcessReaper.unregister(this);
        Logger.info("run {} ended: {} events received", folder.runId(), outcome.totalEventsReceived());
        report.listener().onRunEnded(outcome);
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
                report.problem("The run did not end on time; stopping it");
                requestStop();
            }
        });
    }
}
