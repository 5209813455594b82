package scalemodels.ui.run;

import java.io.IOException;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import scalemodels.export.RunExporter;
import scalemodels.importer.LoadedRun;
import scalemodels.report.ShivizLog;
import scalemodels.rundata.TimeWindow;

/** Export: zips the last run folder in the background and says in the status line what the zip holds. */
public final class ExportViewModel {
    private final RunSession session;
    private final RunServices services;

    ExportViewModel(RunSession session, RunServices services) {
        this.session = session;
        this.services = services;
    }

    /** Zips the last run folder to {@code zip}, the whole run in its timeline.png; ignored while a run is active. */
    public void export(Path zip) {
        export(zip, null);
    }

    /**
     * Zips the last run folder to {@code zip}; ignored while a run is active.
     *
     * @param timeline the stretch of the run {@code timeline.png} shows (the range in view), or null for all of it
     */
    public void export(Path zip, TimeWindow timeline) {
        Path folder = session.lastRunFolderProperty().get();
        if (folder == null || session.active()) {
            return;
        }
        session.say("Exporting to " + zip + "...");
        services.tasks().run("run-exporter", () -> {
            try {
                LoadedRun loaded = services.reader().open(folder, null, 1);
                TimeWindow whole = TimeWindow.whole(loaded.model());
                TimeWindow shown = timeline == null ? whole : timeline;
                int files = RunExporter.exportZip(loaded, zip, shown).size();
                long rows = RunExporter.countEventRows(zip);
                long events = loaded.model().events();
                session.tasks().complete(() -> session.say("Exported " + files + " files to " + zip
                        + "; events.csv holds " + rows + " of the run's " + events + " events"
                        + (rows == events ? "" : " (DIFFERENT)") + "; timeline.png shows "
                        + (shown.equals(whole) ? "the whole run." : secondsOf(whole, shown) + ", the range in view.")
                        + warning(loaded, shown)));
            } catch (IOException | RuntimeException e) {
                session.tasks().complete(() -> session.say("Export failed, nothing was written to " + zip + ": "
                        + e.getMessage()));
            }
        });
    }

    /** ShiViz's limit, when shiviz.log passes it. */
    private static String warning(LoadedRun loaded, TimeWindow shown) {
        String tooLarge = ShivizLog.warning(loaded.model(), shown.endMicros());
        return tooLarge == null ? "" : " Warning: " + tooLarge + ".";
    }

    private static String secondsOf(TimeWindow whole, TimeWindow part) {
        return String.format(java.util.Locale.ROOT, "%.1f to %.1f s", (part.startMicros() - whole.startMicros()) / 1e6,
                (part.endMicros() - whole.startMicros()) / 1e6);
    }

    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> session.lastRunFolderProperty().get() != null && !session.active(),
                session.lastRunFolderProperty(), session.stateProperty());
    }
}
