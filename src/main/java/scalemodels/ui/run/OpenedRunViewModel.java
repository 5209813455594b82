package scalemodels.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import scalemodels.importer.FormatUnsureException;
import scalemodels.importer.LoadedRun;
import scalemodels.importer.RunChoice;

/**
 * Open run: reads a run folder or other implementations' logs in the background, shows it for replay, keeps the lines
 * it could not read, and asks for the format editor when the format needs a person's look.
 */
public final class OpenedRunViewModel {
    private final RunSession session;
    private final RunServices services;
    private final ReplayPlayer replay;
    private final ObjectProperty<List<String>> unreadableLines = new SimpleObjectProperty<>(List.of());
    /** Set when the format of opened logs needs a person's look (inference unsure, or asked for). */
    private final ObjectProperty<FormatReview> formatReview = new SimpleObjectProperty<>();
    /** Whether the logs shown were read through an import format (one the format editor can show). */
    private final BooleanProperty imported = new SimpleBooleanProperty();
    private LoadedRun lastLoaded;
    /** Which of the runs the opened logs hold is shown (one of one for most). */
    private final ObjectProperty<RunChoice> runs = new SimpleObjectProperty<>(RunChoice.ONLY);
    /** The format the shown logs were asked for with (null: detected), to show another of their runs the same way. */
    private String openedFormat;

    OpenedRunViewModel(RunSession session, RunServices services) {
        this.session = session;
        this.services = services;
        this.replay = new ReplayPlayer(session.modelProperty());
    }

    /** Shows a run folder from disk on the timeline. */
    public void openRun(Path dir) {
        openRun(dir, null, 1);
    }

    /**
     * Opens a run folder or another implementation's logs for replay; ignored while a run is active.
     *
     * @param format    a preset name or format file, or null to detect the format (or infer it)
     * @param execution for logs holding several executions, which one (from 1)
     */
    public void openRun(Path dir, String format, int execution) {
        if (session.active()) {
            return;
        }
        session.stateProperty().set(RunState.LOADING);
        session.lastLauncher(null);
        session.say("Reading " + dir + "...");
        services.tasks().run("run-loader", () -> {
            try {
                LoadedRun loaded = services.reader().open(dir, format, execution);
                session.tasks().complete(() -> {
                    // Only logs that opened: the run chooser shows another run of what is on screen.
                    openedFormat = format;
                    show(loaded);
                });
            } catch (FormatUnsureException e) {
                session.tasks().complete(() -> {
                    session.settle();
                    session.say("Cannot open " + dir + ": no preset fits and the inferred format reads nothing "
                            + "usable; correct it in the format editor");
                    formatReview.set(new FormatReview(e.origin(), e.inferred(), "The inferred format reads nothing "
                            + "usable from these logs. Correct it here; the preview follows every change."));
                });
            } catch (IOException | RuntimeException e) {
                session.tasks().complete(() -> {
                    session.settle();
                    session.say("Cannot open " + dir + ": " + e.getMessage());
                });
            }
        });
    }

    /** Puts loaded logs on screen for replay (an opened folder or a finished simulation). FX thread. */
    void show(LoadedRun loaded) {
        lastLoaded = loaded;
        imported.set(loaded.importFormat() != null);
        if (loaded.formatUnsure() && loaded.importFormat() != null) {
            formatReview.set(new FormatReview(loaded.origin(), loaded.importFormat(), "Inference was unsure: "
                    + String.join("; ", loaded.notes().stream().filter(n -> n.startsWith("unsure: "))
                    .map(n -> n.substring("unsure: ".length()).replaceAll(";.*", "")).toList())
                    + ". Check the format here; the preview follows every change."));
        }
        replay.load(loaded.model());
        runs.set(loaded.runs());
        unreadableLines.set(loaded.problems());
        session.lastRunFolderProperty().set(loaded.origin());
        if (loaded.settings() != null) {
            session.lastSettingsProperty().set(loaded.settings());
        }
        session.startMicros(loaded.model().startMicros());
        session.stateProperty().set(RunState.REPLAY);
        session.say("Opened " + loaded.origin() + " (" + loaded.format() + " format): " + loaded.model().events()
                + " events from " + loaded.model().vms() + " VMs"
                + (loaded.problems().isEmpty() ? "." : "; " + loaded.problems().size()
                + " unreadable lines, the first: " + loaded.problems().get(0))
                + (loaded.notes().isEmpty() ? "" : " Read as: " + String.join("; ", loaded.notes())));
    }

    /** A live run takes the screen: the opened logs are no longer shown. */
    void forget() {
        replay.unload();
        runs.set(RunChoice.ONLY);
        unreadableLines.set(List.of());
        imported.set(false);
        lastLoaded = null;
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
    public BooleanBinding canReviewFormat() {
        return imported.and(session.idle());
    }

    public BooleanBinding canOpen() {
        return session.idle();
    }

    public ObjectProperty<FormatReview> formatReviewProperty() {
        return formatReview;
    }

    /** Which of the opened logs' runs is shown, and how many they hold. */
    public ObjectProperty<RunChoice> runsProperty() {
        return runs;
    }

    /** Shows run {@code n} (from 1) of the logs opened last, read the same way. */
    public void showRun(int n) {
        if (lastLoaded != null && n != runs.get().shown()) {
            openRun(lastLoaded.origin(), openedFormat, n);
        }
    }

    /** Lines of the opened logs that could not be read. */
    public ObjectProperty<List<String>> unreadableLinesProperty() {
        return unreadableLines;
    }

    /** Play, pause, seek and speed of an opened run. */
    public ReplayPlayer replay() {
        return replay;
    }
}
