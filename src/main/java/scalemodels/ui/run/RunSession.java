package scalemodels.ui.run;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import scalemodels.launch.RunLauncher;
import scalemodels.model.RunSettings;
import scalemodels.rundata.RunModel;

/**
 * What the window knows about the run it shows, shared by the live run, opened run and export view models: the
 * state, the model on screen, the last settings and folder, the status line. It also holds the inboxes through which
 * background threads report back. FX thread only, except the inboxes' offering side.
 */
public final class RunSession {
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>(RunState.IDLE);
    private final ObjectProperty<RunModel> model = new SimpleObjectProperty<>();
    private final ObjectProperty<RunSettings> lastSettings = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> lastRunFolder = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("Press Start to run the model.");
    /** Results of background work (loading, zipping, launching). */
    private final EventInbox tasks = new EventInbox();
    /** The live run's events; a new one per run, so that a late event of the last run cannot reach the next. */
    private EventInbox live = new EventInbox();
    /** How the last run was made, so that Rerun runs the same way; null after opening logs (Rerun runs processes). */
    private RunLauncher lastLauncher;
    /** When the shown run's clocks started, epoch microseconds; 0 when unknown. */
    private long startMicros;

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

    RunState state() {
        return state.get();
    }

    boolean active() {
        return state.get().isActive();
    }

    /** True while nothing starts, runs, stops or loads. */
    BooleanBinding idle() {
        return Bindings.createBooleanBinding(() -> !state.get().isActive(), state);
    }

    /** After a failed load or start: back to what was shown before. */
    void settle() {
        state.set(model.get() == null ? RunState.IDLE : RunState.FINISHED);
    }

    void say(String text) {
        message.set(text);
    }

    EventInbox tasks() {
        return tasks;
    }

    EventInbox live() {
        return live;
    }

    EventInbox newLive() {
        live = new EventInbox();
        return live;
    }

    RunLauncher lastLauncher() {
        return lastLauncher;
    }

    void lastLauncher(RunLauncher launcher) {
        lastLauncher = launcher;
    }

    long startMicros() {
        return startMicros;
    }

    void startMicros(long micros) {
        startMicros = micros;
    }
}
