package scalemodels.importer;

import java.nio.file.Path;
import java.util.List;

import scalemodels.model.RunSettings;
import scalemodels.rundata.RunModel;

/**
 * A run read from disk, whatever wrote it.
 *
 * @param origin   the folder or file it was read from
 * @param model    its events
 * @param files    the log files it was read from (exported as they are)
 * @param format   how it was read: "scale-models" (the strict built-in parser) or an import format's name
 * @param settings the settings from its manifest, or null for logs of other implementations
 * @param problems lines that could not be read, each "file:line: reason"
 */
public record LoadedRun(Path origin, RunModel model, List<Path> files, String format, RunSettings settings,
                        List<String> problems) {

    public String name() {
        return origin.getFileName() == null ? origin.toString() : origin.getFileName().toString();
    }
}
