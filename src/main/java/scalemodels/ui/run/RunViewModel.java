package scalemodels.ui.run;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import scalemodels.event.LogEvent;
import scalemodels.log.Timestamps;
import scalemodels.rundata.RunModel;

/**
 * The window's run area: one {@link RunSession} shared by the live run ({@link LiveRunViewModel}), the opened run
 * ({@link OpenedRunViewModel}) and export ({@link ExportViewModel}), with the status bar's {@link RunCounters}.
 * {@link #frame(long)} is the one place where what background threads reported reaches the FX thread.
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

    private final RunSession session = new RunSession();
    private final OpenedRunViewModel opened;
    private final LiveRunViewModel live;
    private final ExportViewModel export;
    private final RunCounters counters = new RunCounters(session);

    public RunViewModel(RunServices services) {
        this.opened = new OpenedRunViewModel(session, services);
        this.live = new LiveRunViewModel(session, services, opened);
        this.export = new ExportViewModel(session, services);
    }

    public LiveRunViewModel live() {
        return live;
    }

    public OpenedRunViewModel opened() {
        return opened;
    }

    public ExportViewModel export() {
        return export;
    }

    public RunCounters counters() {
        return counters;
    }

    /** Play, pause, seek and speed of an opened run. */
    public ReplayPlayer replay() {
        return opened.replay();
    }

    public ObjectProperty<RunState> stateProperty() {
        return session.stateProperty();
    }

    public ObjectProperty<RunModel> modelProperty() {
        return session.modelProperty();
    }

    public ObjectProperty<scalemodels.model.RunSettings> lastSettingsProperty() {
        return session.lastSettingsProperty();
    }

    public ObjectProperty<java.nio.file.Path> lastRunFolderProperty() {
        return session.lastRunFolderProperty();
    }

    public StringProperty messageProperty() {
        return session.messageProperty();
    }

    /**
     * Drains what arrived since the last frame into the run model and refreshes the counters. FX thread only.
     *
     * @param nowNanos the frame's {@link System#nanoTime()}
     * @return whether anything arrived
     */
    public boolean frame(long nowNanos) {
        int drained = session.tasks().drain(Integer.MAX_VALUE, e -> { }, this::onNotice);
        replay().advance(nowNanos, session.state() == RunState.REPLAY);
        EventInbox current = session.live();
        RunModel m = session.modelProperty().get();
        long budgetEnd = System.nanoTime() + DRAIN_BUDGET_NANOS;
        int chunk;
        do {
            chunk = current.drain(DRAIN_CHUNK, e -> addEvent(m, e), this::onNotice);
            drained += chunk;
        } while (chunk == DRAIN_CHUNK && System.nanoTime() - budgetEnd < 0);
        counters.refresh(nowNanos, isLive(), nowMicros());
        return drained > 0;
    }

    /** The time at the right edge of the story: now while a run is live, else the last event. */
    public long nowMicros() {
        RunState s = session.state();
        RunModel m = session.modelProperty().get();
        if (s == RunState.RUNNING || s == RunState.STOPPING) {
            return Timestamps.nowMicros();
        }
        if (s == RunState.REPLAY && replay().loaded()) {
            return replay().nowMicros();
        }
        return m == null || m.isEmpty() ? Timestamps.nowMicros() : m.lastEventMicros();
    }

    /** Whether "now" moves: a live run, or a replay short of its end. */
    public boolean isLive() {
        RunState s = session.state();
        return s == RunState.RUNNING || s == RunState.STOPPING || (s == RunState.REPLAY && !replay().atEnd());
    }

    /** The whole run for analysis: during a replay, all of it, not only what the replay has reached. */
    public RunModel analysisModel() {
        return replay().loaded() ? replay().full() : session.modelProperty().get();
    }

    /** Closing the window: stop everything and wait until no VM process is left. */
    public void shutdown() {
        live.shutdown();
    }

    private static void addEvent(RunModel m, LogEvent e) {
        if (m != null) {
            m.add(e);
        }
    }

    private void onNotice(EventInbox.Notice notice) {
        if (notice instanceof EventInbox.Completion completion) {
            completion.onFxThread().run();
        } else if (notice instanceof EventInbox.StatusChanged change && session.modelProperty().get() != null) {
            session.modelProperty().get().setStatus(change.vm(), change.status());
        } else if (notice instanceof EventInbox.Problem problem) {
            session.say(problem.message());
        } else if (notice instanceof EventInbox.Told told) {
            session.say(told.message());
        } else if (notice instanceof EventInbox.Ended ended) {
            live.onEnded(ended.outcome());
        }
    }
}
