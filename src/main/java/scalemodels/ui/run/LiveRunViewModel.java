package scalemodels.ui.run;

import java.io.IOException;
import java.util.Optional;
import java.util.function.IntSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;

import org.tinylog.Logger;

import scalemodels.importer.LoadedRun;
import scalemodels.launch.FaultControls;
import scalemodels.launch.LaunchException;
import scalemodels.launch.LaunchedRun;
import scalemodels.launch.RunLauncher;
import scalemodels.launch.RunOutcome;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.rundata.Reconciliation;
import scalemodels.rundata.RunModel;
import scalemodels.ui.settings.SettingsViewModel;

/**
 * Start, Stop and Rerun: runs the model through a {@link RunLauncher} (VM processes, or the simulation, whose run is
 * then opened for replay), follows the live run's start and end, and reconciles its counts when it ends.
 */
public final class LiveRunViewModel {
    private final RunSession session;
    private final RunServices services;
    private final OpenedRunViewModel opened;
    private final FaultInjector faults;
    private LaunchedRun run;
    /** How many warm VM processes the settings ask for (0: none, as for a simulation or unusable settings). */
    private IntSupplier standbyWanted;
    /** How the last run's counts compare (logs, supervisor, window); null before a run ends. */
    private final ObjectProperty<Reconciliation> reconciliation = new SimpleObjectProperty<>();

    LiveRunViewModel(RunSession session, RunServices services, OpenedRunViewModel opened) {
        this.session = session;
        this.services = services;
        this.opened = opened;
        this.faults = new FaultInjector(this::faultControls, session, services.tasks());
    }

    /** Starts a run in real VM processes; ignored while another is active. */
    public void start(RunSettings settings) {
        launch(services.processes(), settings);
    }

    /**
     * Runs the model in virtual time (instant) and opens the result for replay; ignored while a run is active.
     *
     * @param delayMicros how long every message takes
     */
    public void simulate(RunSettings settings, long delayMicros) {
        launch(services.simulation().apply(delayMicros), settings);
    }

    /** Runs the last run's settings again, same seed, the same way (processes or simulation). */
    public void rerun() {
        if (session.lastSettingsProperty().get() != null) {
            RunLauncher last = session.lastLauncher();
            launch(last == null ? services.processes() : last, session.lastSettingsProperty().get());
        }
    }

    /** Stops the active run: every VM finishes its tick and writes stop. */
    public void stop() {
        if (run != null && (session.state() == RunState.STARTING || session.state() == RunState.RUNNING)) {
            session.stateProperty().set(RunState.STOPPING);
            session.say("Stopping: every VM finishes its tick and writes its stop line...");
            run.requestStop();
        }
    }

    private void launch(RunLauncher launcher, RunSettings settings) {
        if (session.active()) {
            return;
        }
        session.lastLauncher(launcher);
        reconciliation.set(null);
        session.lastSettingsProperty().set(settings);
        if (!launcher.live()) {
            simulateWith(launcher, settings);
            return;
        }
        opened.forget();
        session.startMicros(0); // until this run's clocks start: the elapsed time is not the last run's
        session.modelProperty().set(new RunModel(settings.vms()));
        EventInbox inbox = session.newLive();
        LaunchedRun starting = launcher.prepare(settings, inbox);
        run = starting;
        session.stateProperty().set(RunState.STARTING);
        session.say("Starting " + settings.vms() + " VM processes (seed " + settings.seed() + ")...");
        services.tasks().run("run-starter", () -> {
            try {
                RunFolder folder = starting.start();
                inbox.complete(() -> onStarted(starting, folder));
            } catch (LaunchException e) {
                inbox.complete(() -> onStartFailed(starting, e.getMessage()));
            } catch (RuntimeException e) {
                Logger.error(e, "starting a run failed");
                inbox.complete(() -> onStartFailed(starting, "The run could not start: " + e));
            }
        });
    }

    private void simulateWith(RunLauncher launcher, RunSettings settings) {
        session.stateProperty().set(RunState.LOADING);
        session.say("Simulating " + RunSettings.plain(settings.durationSeconds())
                + " s of the model in virtual time...");
        services.tasks().run("simulation", () -> {
            try (LaunchedRun simulated = launcher.prepare(settings, scalemodels.launch.RunListener.NONE)) {
                RunFolder folder = simulated.start();
                LoadedRun loaded = services.reader().open(folder.dir(), null, 1);
                session.tasks().complete(() -> {
                    opened.show(loaded);
                    session.say(describeSimulation(settings, launcher, loaded, folder));
                });
            } catch (LaunchException | IOException | RuntimeException e) {
                session.tasks().complete(() -> {
                    session.settle();
                    // A launcher's refusal is a sentence of its own ("Not started: this run would write ...").
                    session.say(e instanceof LaunchException ? e.getMessage()
                            : "The simulation failed: " + e.getMessage());
                });
            }
        });
    }

    private static String describeSimulation(RunSettings settings, RunLauncher launcher, LoadedRun loaded,
                                             RunFolder folder) {
        String delay = launcher.description().isEmpty() ? "" : ", " + launcher.description();
        return "Simulated " + RunSettings.plain(settings.durationSeconds()) + " s (seed " + settings.seed() + delay
                + "): " + loaded.model().events() + " events. Press Play to watch it unfold. Logs: " + folder.dir();
    }

    private void onStarted(LaunchedRun started, RunFolder folder) {
        if (started != run) {
            return;
        }
        session.startMicros(started.startMicros());
        session.lastRunFolderProperty().set(folder.dir());
        if (session.state() == RunState.STOPPING) {
            started.requestStop();
            return;
        }
        session.stateProperty().set(RunState.RUNNING);
        RunSettings s = started.settings();
        session.say("Running " + s.vms() + " VMs, seed " + s.seed() + (s.runsUntilStopped() ? " until Stop"
                : " for " + RunSettings.plain(s.durationSeconds()) + " s") + ". Logs: " + folder.dir());
    }

    private void onStartFailed(LaunchedRun failed, String why) {
        if (failed != run) {
            return;
        }
        boolean stoppedByUser = session.state() == RunState.STOPPING;
        run = null;
        session.stateProperty().set(stoppedByUser ? RunState.IDLE : RunState.FAILED);
        session.say(why);
        keepWarm(wantedOr(failed.settings().vms()));
    }

    /** The live run ended: every line has been streamed and drained (the end comes after each VM's BYE). */
    void onEnded(RunOutcome outcome) {
        session.lastRunFolderProperty().set(outcome.folder().dir());
        session.stateProperty().set(RunState.FINISHED);
        keepWarm(wantedOr(outcome.rates().length));
        RunModel m = session.modelProperty().get();
        long lost = m == null ? 0 : m.lostEvents();
        String summary = "Run finished: " + outcome.totalEventsReceived() + " events, " + lost + " lost. Logs: "
                + outcome.folder().dir();
        session.say(outcome.problems().isEmpty() ? summary : summary + ". " + outcome.problems().get(0));
        if (m != null) {
            // The model is final, so counting the log files on another thread reads it safely.
            services.tasks().run("reconciliation", () -> {
                Reconciliation counts = Reconciliation.of(outcome.folder().dir(), outcome.eventsReceived(), m);
                session.tasks().complete(() -> {
                    reconciliation.set(counts);
                    if (!counts.agrees()) {
                        session.say(summary + ". " + counts.summary());
                    }
                });
            });
        }
    }

    /**
     * Makes the warm VM processes follow the settings: as many as they ask for (none for a simulation or unusable
     * settings) whenever the VM count or the simulation switch changes, and after each run, so that the next Start,
     * with whatever count, finds its VMs booted.
     *
     * @param now also boot them now (the window opens and no run starts or opens at once)
     */
    public void followSettings(SettingsViewModel settings, boolean now) {
        standbyWanted = () -> settings.isValid() && !settings.simulateProperty().get() ? settings.toSettings().vms() : 0;
        // Change listeners, called after the settings' own (which check the new value first); invalidation listeners
        // would be called before those.
        ChangeListener<Object> follow = (o, before, after) -> {
            int vms = standbyWanted.getAsInt();
            if (vms > 0) {
                keepWarm(vms);
            }
        };
        settings.text(RunSettings.Field.VMS).addListener(follow);
        settings.simulateProperty().addListener(follow);
        if (now) {
            follow.changed(null, null, null);
        }
    }

    private int wantedOr(int lastRun) {
        int vms = standbyWanted == null ? 0 : standbyWanted.getAsInt();
        return vms > 0 ? vms : lastRun;
    }

    /**
     * Keeps {@code vms} warm VM processes ready for the next Start. Called when the window opens and after each run,
     * never during one: booting JVMs would take CPU from the running VMs.
     */
    public void keepWarm(int vms) {
        if (!session.active()) {
            services.processes().keepWarm(vms);
        }
    }

    /** Whether faults can be injected now: a live run in processes. */
    public boolean canInjectFaults() {
        return faultControls() != null;
    }

    private FaultControls faultControls() {
        return run != null && session.state() == RunState.RUNNING ? run.faults().orElse(null) : null;
    }

    /** Pause, crash, restart, channel faults for the run in progress. */
    public FaultInjector faults() {
        return faults;
    }

    /** Pids of the current run's VM processes (-1 where none was launched); empty without a run. */
    public long[] processIds() {
        return run == null ? new long[0] : run.pids();
    }

    /** Closing the window: stop everything and wait until no VM process is left. */
    public void shutdown() {
        Optional.ofNullable(run).ifPresent(LaunchedRun::close);
        services.processes().close();
    }

    /** How the last run's event counts compare: logs, supervisor, window. Null before a run ends. */
    public ObjectProperty<Reconciliation> reconciliationProperty() {
        return reconciliation;
    }

    /** Start needs valid settings and no active run. */
    public BooleanBinding canStart(ObservableBooleanValue settingsValid) {
        return Bindings.createBooleanBinding(() -> settingsValid.get() && !session.active(), settingsValid,
                session.stateProperty());
    }

    public BooleanBinding canStop() {
        return Bindings.createBooleanBinding(
                () -> session.state() == RunState.STARTING || session.state() == RunState.RUNNING,
                session.stateProperty());
    }

    public BooleanBinding canRerun() {
        return Bindings.createBooleanBinding(() -> session.lastSettingsProperty().get() != null && !session.active(),
                session.lastSettingsProperty(), session.stateProperty());
    }
}
