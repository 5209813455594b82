package scalemodels.ui.run;

import java.io.IOException;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import scalemodels.export.RunExporter;
import scalemodels.importer.LoadedRun;

/** Export: zips the last run folder in the background and says in the status line what the zip holds. */
public final class ExportViewModel {
    private final RunSession session;
    private final RunServices services;

    ExportViewModel(RunSession session, RunServices services) {
        this.session = session;
        this.services = services;
    }

    /** Zips the last run folder to {@code zip}; ignored while a run is active. */
    public void export(Path zip) {
        Path folder = session.lastRunFolderProperty().get();
        if (folder == null || session.active()) {
            return;
        }
        session.say("Exporting to " + zip + "...");
        services.tasks().run("run-exporter", () -> {
            try {
                LoadedRun loaded = services.reader().open(folder, null, 1);
                int files = RunExporter.exportZip(loaded, zip).size();
                long rows = RunExporter.countEventRows(zip);
                long events = loaded.model().events();
                session.tasks().complete(() -> session.say("Exported " + files + " files to " + zip
                        + "; events.csv holds " + rows + " of the run's " + events + " events"
                        + (rows == events ? "." : " (DIFFERENT)")));
            } catch (IOException | RuntimeException e) {
                session.tasks().complete(() -> session.say("Export failed, nothing was written to " + zip + ": "
                        + e.getMessage()));
            }
        });
    }

    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> session.lastRunFolderProperty().get() != null && !session.active(),
                session.lastRunFolderProperty(), session.stateProperty());
    }
}
