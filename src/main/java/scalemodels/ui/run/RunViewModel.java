package scalemodels.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

import org.tinylog.Logger;

import scalemodels.diag.Threads;
import scalemodels.event.LogEvent;
import scalemodels.export.RunExporter;
import scalemodels.importer.LoadedRun;
import scalemodels.importer.RunOpener;
import scalemodels.log.RunFolder;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.rundata.Reconciliation;
import scalemodels.rundata.RunModel;
import scalemodels.sim.SimulatedRun;
import scalemodels.supervisor.LaunchException;
import scalemodels.supervisor.RunOutcome;
import scalemodels.supervisor.StandbyVms;
import scalemodels.supervisor.Supervisor;

/**
 * The window's run commands and state: Start, Stop, Rerun, Open run, Export, and the live counters of the status
 * bar. Background work (launching, loading, zipping) happens on named threads and comes back through the
 * {@link EventInbox}, which {@link #frame(long)} drains once per animation frame on the FX thread.
 */
public final class RunViewModel {
    /**
     * FX-thread time one frame may spend taking in events, so a flood cannot stall the window; the rest wait for the
     * next frame (nothing is dropped). A count cap was not enough: on a machine whose cores are all busy running VMs,
     * 200,000 events took seconds.
     */
    static final long DRAIN_BUDGET_NANOS = 8_000_000;
    /** Events taken in between two looks at the clock. */
    private static final int DRAIN_CHUNK = 500;

    private final Path logsRoot;
    private final EventInbox tasks = new EventInbox();
    private EventInbox inbox = new EventInbox();
    private Supervisor supervisor;
    private long runStartMicros;
    private final ReplayPlayer replay;
    private final FaultInjector faults;
    /** Network delay of the last run when it was simulated, null when it ran in processes. */
    private Long lastDelayMicros;
    private final ArrayDeque<long[]> rateSamples = new ArrayDeque<>();

    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>(RunState.IDLE);
    private final ObjectProperty<RunModel> model = new SimpleObjectProperty<>();
    private final ObjectProperty<RunSettings> lastSettings = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> lastRunFolder = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("Press Start to run the model.");
    private final LongProperty events = new SimpleLongProperty();
    private final LongProperty lostEvents = new SimpleLongProperty();
    private final LongProperty inFlight = new SimpleLongProperty();
    private final DoubleProperty eventsPerSecond = new SimpleDoubleProperty();
    private final DoubleProperty elapsedSeconds = new SimpleDoubleProperty();
    /** How the last run's counts compare (logs, supervisor, window); null before a run ends. */
    private final ObjectProperty<Reconciliation> reconciliation = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> unreadableLines = new SimpleObjectProperty<>(List.of());
    /** Set when the format of opened logs needs a person's look (inference unsure, or asked for). */
    private final ObjectProperty<FormatReview> formatReview = new SimpleObjectProperty<>();
    private LoadedRun lastLoaded;
    /** Whether the logs shown were read through an import format (one the format editor can show). */
    private final javafx.beans.property.BooleanProperty imported = new javafx.beans.property.SimpleBooleanProperty();

    /** Warm VM processes for the next Start: JVM boot time is most of a cold start. */
    private final StandbyVms standby = new StandbyVms();

    public RunViewModel(Path logsRoot) {
        this.logsRoot = logsRoot;
        this.replay = new ReplayPlayer(model);
        this.faults = new FaultInjector(() -> canInjectFaults() ? supervisor : null, message, tasks);
    }

    // ---- commands --------------------------------------------------------------------------------------------

    /**
     * Runs the model in virtual time (instant) and opens the result for replay; ignored while a run is active.
     *
     * @param delayMicros how long every message takes
     */
    public void simulate(RunSettings settings, long delayMicros) {
        if (state.get().isActive()) {
            return;
        }
        lastSettings.set(settings);
        lastDelayMicros = delayMicros;
        state.set(RunState.LOADING);
        message.set("Simulating " + RunSettings.plain(settings.durationSeconds()) + " s of the model in virtual time...");
        Threads.start("simulation", () -> {
            try {
                RunFolder folder = SimulatedRun.write(settings, delayMicros, logsRoot);
                LoadedRun loaded = RunOpener.open(folder.dir(), null);
                tasks.complete(() -> {
                    onLoaded(loaded);
                    message.set("Simulated " + RunSettings.plain(settings.durationSeconds()) + " s (seed "
                            + settings.seed() + ", network delay " + RunSettings.plain(delayMicros / 1000.0)
                            + " ms): " + loaded.model().events() + " events. Press Play to watch it unfold. Logs: "
                            + folder.dir());
                });
            } catch (IOException | RuntimeException e) {
                tasks.complete(() -> {
                    state.set(model.get() == null ? RunState.IDLE : RunState.FINISHED);
                    message.set("The simulation failed: " + e.getMessage());
                });
            }
        });
    }

    /** Starts a run in real VM processes; ignored while another is active. */
    public void start(RunSettings settings) {
        if (state.get().isActive()) {
            return;
        }
        replay.unload();
        reconciliation.set(null);
        lastDelayMicros = null;
        unreadableLines.set(List.of());
        lastSettings.set(settings);
        model.set(new RunModel(settings.vms()));
        resetCounters();
        inbox = new EventInbox();
        EventInbox runInbox = inbox;
        Supervisor starting = new Supervisor(settings, logsRoot, runInbox, standby);
        supervisor = starting;
        state.set(RunState.STARTING);
        imported.set(false);
        lastLoaded = null;
        message.set("Starting " + settings.vms() + " VM processes (seed " + settings.seed() + ")...");
        Threads.start("run-starter", () -> {
            try {
                RunFolder folder = starting.start();
                runInbox.complete(() -> onStarted(starting, folder));
            } catch (LaunchException e) {
                runInbox.complete(() -> onStartFailed(starting, e.getMessage()));
            } catch (RuntimeException e) {
                Logger.error(e, "starting a run failed");
                runInbox.complete(() -> onStartFailed(starting, "The run could not start: " + e));
            }
        });
    }

    /** Stops the active run: every VM finishes its tick and writes stop. */
    public void stop() {
        if (supervisor != null && (state.get() == RunState.STARTING || state.get() == RunState.RUNNING)) {
            state.set(RunState.STOPPING);
            message.set("Stopping: every VM finishes its tick and writes its stop line...");
            supervisor.requestStop();
        }
    }

    /** Runs the last run's settings again, same seed, the same way (processes or simulation). */
    public void rerun() {
        if (lastSettings.get() == null) {
            return;
        }
        if (lastDelayMicros != null) {
            simulate(lastSettings.get(), lastDelayMicros);
        } else {
            start(lastSettings.get());
        }
    }

    /** Shows a run folder from disk on the timeline. */
    public void openRun(Path dir) {
        openRun(dir, null, 1);
    }

    /**
     * Opens a run folder or another implementation's logs for replay.
     *
     * @param format    a preset name or format file, or null to detect the format (or infer it)
     * @param execution for logs holding several executions, which one (from 1)
     */
    public void openRun(Path dir, String format, int execution) {
        if (state.get().isActive()) {
            return;
        }
        state.set(RunState.LOADING);
        lastDelayMicros = null;
        message.set("Reading " + dir + "...");
        Threads.start("run-loader", () -> {
            try {
                LoadedRun loaded = RunOpener.open(dir, format, execution);
                tasks.complete(() -> onLoaded(loaded));
            } catch (scalemodels.importer.FormatUnsureException e) {
                tasks.complete(() -> {
                    state.set(model.get() == null ? RunState.IDLE : RunState.FINISHED);
                    message.set("Cannot open " + dir + ": no preset fits and the inferred format reads nothing "
                            + "usable; correct it in the format editor");
                    formatReview.set(new FormatReview(e.origin(), e.inferred(), "The inferred format reads nothing "
                            + "usable from these logs. Correct it here; the preview follows every change."));
                });
            } catch (IOException | RuntimeException e) {
                tasks.complete(() -> {
                    state.set(model.get() == null ? RunState.IDLE : RunState.FINISHED);
                    message.set("Cannot open " + dir + ": " + e.getMessage());
                });
            }
        });
    }

    /** Zips the last run folder to {@code zip}. */
    public void export(Path zip) {
        Path folder = lastRunFolder.get();
        if (folder == null || state.get().isActive()) {
            return;
        }
        message.set("Exporting to " + zip + "...");
        Threads.start("run-exporter", () -> {
            try {
                LoadedRun loaded = RunOpener.open(folder, null);
                int files = RunExporter.exportZip(loaded, zip).size();
                long rows = RunExporter.countEventRows(zip);
                long events = loaded.model().events();
                tasks.complete(() -> message.set("Exported " + files + " files to " + zip + "; events.csv holds "
                        + rows + " of the run's " + events + " events" + (rows == events ? "." : " (DIFFERENT)")));
            } catch (IOException | RuntimeException e) {
                tasks.complete(() -> message.set("Export failed, nothing was written to " + zip + ": "
                        + e.getMessage()));
            }
        });
    }

    /** Whether faults can be injected now: a live run in processes. */
    public boolean canInjectFaults() {
        return supervisor != null && state.get() == RunState.RUNNING;
    }

    /** Pause, crash, restart, channel faults for the run in progress. */
    public FaultInjector faults() {
        return faults;
    }

    /** Pids of the current run's VM processes (-1 where none was launched); empty without a run. */
    public long[] processIds() {
        return supervisor == null ? new long[0] : supervisor.pids();
    }

    /** Closing the window: stop everything and wait until no VM process is left. */
    public void shutdown() {
        if (supervisor != null) {
            supervisor.close();
        }
        standby.close();
    }

    /**
     * Keeps {@code vms} warm VM processes ready for the next Start (see {@link StandbyVms}), started on a background
     * thread. Called when the window opens and after each run, never during one: booting JVMs would take CPU from
     * the running VMs.
     */
    public void keepWarm(int vms) {
        if (state.get().isActive()) {
            return;
        }
        Threads.start("standby-filler", () -> standby.fill(vms));
    }

    // ---- per frame -------------------------------------------------------------------------------------------

    /**
     * Drains what arrived since the last frame into the run model and refreshes the counters. FX thread only.
     *
     * @param nowNanos the frame's {@link System#nanoTime()}
     * @return whether anything arrived
     */
    public boolean frame(long nowNanos) {
        int drained = tasks.drain(Integer.MAX_VALUE, e -> { }, this::onNotice);
        replay.advance(nowNanos, state.get() == RunState.REPLAY);
        EventInbox current = inbox;
        RunModel m = model.get();
        long budgetEnd = System.nanoTime() + DRAIN_BUDGET_NANOS;
        int chunk;
        do {
            chunk = current.drain(DRAIN_CHUNK, e -> addEvent(m, e), this::onNotice);
            drained += chunk;
        } while (chunk == DRAIN_CHUNK && System.nanoTime() - budgetEnd < 0);
        refreshCounters(nowNanos);
        return drained > 0;
    }

    /** The time at the right edge of the story: now while a run is live, else the last event. */
    public long nowMicros() {
        RunState s = state.get();
        RunModel m = model.get();
        if (s == RunState.RUNNING || s == RunState.STOPPING) {
            return Timestamps.nowMicros();
        }
        if (s == RunState.REPLAY && replay.loaded()) {
            return replay.nowMicros();
        }
        return m == null || m.isEmpty() ? Timestamps.nowMicros() : m.lastEventMicros();
    }

    /** Whether "now" moves: a live run, or a replay short of its end. */
    public boolean isLive() {
        return state.get() == RunState.RUNNING || state.get() == RunState.STOPPING
                || (state.get() == RunState.REPLAY && !replay.atEnd());
    }

    /** The whole run for analysis: during a replay, all of it, not only what the replay has reached. */
    public RunModel analysisModel() {
        return replay.loaded() ? replay.full() : model.get();
    }

    /** Play, pause, seek and speed of an opened run. */
    public ReplayPlayer replay() {
        return replay;
    }

    private void addEvent(RunModel m, LogEvent e) {
        if (m != null) {
            m.add(e);
        }
    }

    private void onNotice(EventInbox.Notice notice) {
        if (notice instanceof EventInbox.Completion completion) {
            completion.onFxThread().run();
        } else if (notice instanceof EventInbox.StatusChanged change && model.get() != null) {
            model.get().setStatus(change.vm(), change.status());
        } else if (notice instanceof EventInbox.Problem problem) {
            message.set(problem.message());
        } else if (notice instanceof EventInbox.Ended ended) {
            onEnded(ended.outcome());
        }
    }

    private void onStarted(Supervisor started, RunFolder folder) {
        if (started != supervisor) {
            return;
        }
        runStartMicros = started.startMicros();
        lastRunFolder.set(folder.dir());
        if (state.get() == RunState.STOPPING) {
            started.requestStop();
            return;
        }
        state.set(RunState.RUNNING);
        RunSettings s = started.settings();
        message.set("Running " + s.vms() + " VMs, seed " + s.seed() + (s.runsUntilStopped() ? " until Stop"
                : " for " + RunSettings.plain(s.durationSeconds()) + " s") + ". Logs: " + folder.dir());
    }

    private void onStartFailed(Supervisor failed, String why) {
        if (failed != supervisor) {
            return;
        }
        boolean stoppedByUser = state.get() == RunState.STOPPING;
        supervisor = null;
        state.set(stoppedByUser ? RunState.IDLE : RunState.FAILED);
        message.set(why);
        keepWarm(failed.settings().vms());
    }

    private void onEnded(RunOutcome outcome) {
        lastRunFolder.set(outcome.folder().dir());
        state.set(RunState.FINISHED);
        keepWarm(outcome.rates().length);
        RunModel m = model.get();
        long lost = m == null ? 0 : m.lostEvents();
        String summary = "Run finished: " + outcome.totalEventsReceived() + " events, " + lost + " lost. Logs: "
                + outcome.folder().dir();
        message.set(outcome.problems().isEmpty() ? summary : summary + ". " + outcome.problems().get(0));
        if (m != null) {
            // Every line has been streamed and drained by now (onRunEnded comes after each VM's BYE). The model is
            // final, so counting the log files on another thread reads it safely.
            Threads.start("reconciliation", () -> {
                Reconciliation counts = Reconciliation.of(outcome.folder().dir(), outcome.eventsReceived(), m);
                tasks.complete(() -> {
                    reconciliation.set(counts);
                    if (!counts.agrees()) {
                        message.set(summary + ". " + counts.summary());
                    }
                });
            });
        }
    }

    private void onLoaded(LoadedRun loaded) {
        lastLoaded = loaded;
        imported.set(loaded.importFormat() != null);
        if (loaded.formatUnsure() && loaded.importFormat() != null) {
            formatReview.set(new FormatReview(loaded.origin(), loaded.importFormat(), "Inference was unsure: "
                    + String.join("; ", loaded.notes().stream().filter(n -> n.startsWith("unsure: "))
                    .map(n -> n.substring("unsure: ".length()).replaceAll(";.*", "")).toList())
                    + ". Check the format here; the preview follows every change."));
        }
        replay.load(loaded.model());
        unreadableLines.set(loaded.problems());
        lastRunFolder.set(loaded.origin());
        if (loaded.settings() != null) {
            lastSettings.set(loaded.settings());
        }
        runStartMicros = loaded.model().startMicros();
        resetCounters();
        state.set(RunState.REPLAY);
        message.set("Opened " + loaded.origin() + " (" + loaded.format() + " format): " + loaded.model().events()
                + " events from " + loaded.model().vms() + " VMs"
                + (loaded.problems().isEmpty() ? "." : "; " + loaded.problems().size()
                + " unreadable lines, the first: " + loaded.problems().get(0))
                + (loaded.notes().isEmpty() ? "" : " Read as: " + String.join("; ", loaded.notes())));
    }

    private void resetCounters() {
        rateSamples.clear();
        events.set(0);
        lostEvents.set(0);
        inFlight.set(0);
        eventsPerSecond.set(0);
        elapsedSeconds.set(0);
    }

    private void refreshCounters(long nowNanos) {
        RunModel m = model.get();
        if (m == null) {
            return;
        }
        events.set(m.events());
        lostEvents.set(m.lostEvents());
        inFlight.set(m.inFlight());
        rateSamples.addLast(new long[] {nowNanos, m.events()});
        while (rateSamples.size() > 2 && nowNanos - rateSamples.peekFirst()[0] > 1_000_000_000L) {
            rateSamples.removeFirst();
        }
        long[] oldest = rateSamples.peekFirst();
        double window = (nowNanos - oldest[0]) / 1e9;
        eventsPerSecond.set(isLive() && window > 0.2 ? (m.events() - oldest[1]) / window : 0);
        long start = runStartMicros != 0 ? runStartMicros : m.startMicros();
        if (start != Long.MAX_VALUE && start != 0) {
            elapsedSeconds.set(Math.max(0, (nowMicros() - start) / 1e6));
        }
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** How the last run's event counts compare: logs, supervisor, window. Null before a run ends. */
    public ObjectProperty<Reconciliation> reconciliationProperty() {
        return reconciliation;
    }

    /** Asks for the format editor on the logs opened last (nothing when they are a Scale Models run folder). */
    public void reviewFormat() {
        if (lastLoaded != null && lastLoaded.importFormat() != null) {
            formatReview.set(null);
            formatReview.set(new FormatReview(lastLoaded.origin(), lastLoaded.importFormat(), "Format of "
                    + lastLoaded.name() + ": " + lastLoaded.format()));
        }
    }

    /** The format editor makes sense for logs read through a format, while nothing runs. */
    public javafx.beans.binding.BooleanBinding canReviewFormat() {
        return imported.and(javafx.beans.binding.Bindings.createBooleanBinding(() -> !state.get().isActive(), state));
    }

    public ObjectProperty<FormatReview> formatReviewProperty() {
        return formatReview;
    }

    /** Lines of the opened logs that could not be read. */
    public ObjectProperty<List<String>> unreadableLinesProperty() {
        return unreadableLines;
    }

    public ObjectProperty<RunState> stateProperty() {
        return state;
    }

    public ObjectProperty<RunModel> modelProperty() {
        return model;
    }

    public ObjectProperty<RunSettings> lastSettingsProperty() {
        return lastSettings;
    }

    public ObjectProperty<Path> lastRunFolderProperty() {
        return lastRunFolder;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public LongProperty eventsProperty() {
        return events;
    }

    public LongProperty lostEventsProperty() {
        return lostEvents;
    }

    public LongProperty inFlightProperty() {
        return inFlight;
    }

    public DoubleProperty eventsPerSecondProperty() {
        return eventsPerSecond;
    }

    public DoubleProperty elapsedSecondsProperty() {
        return elapsedSeconds;
    }

    /** Start needs valid settings and no active run. */
    public BooleanBinding canStart(ObservableBooleanValue settingsValid) {
        return Bindings.createBooleanBinding(() -> settingsValid.get() && !state.get().isActive(), settingsValid,
                state);
    }

    public BooleanBinding canStop() {
        return Bindings.createBooleanBinding(
                () -> state.get() == RunState.STARTING || state.get() == RunState.RUNNING, state);
    }

    public BooleanBinding canRerun() {
        return Bindings.createBooleanBinding(() -> lastSettings.get() != null && !state.get().isActive(),
                lastSettings, state);
    }

    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> lastRunFolder.get() != null && !state.get().isActive(),
                lastRunFolder, state);
    }

    public BooleanBinding canOpen() {
        return Bindings.createBooleanBinding(() -> !state.get().isActive(), state);
    }
}
