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
 * @param notes    what was inferred about the logs (format, VM ids, conventions), each once, to show the user
 * @param importFormat the import format the logs were read with (given, preset or inferred), or null for the
 *                 strict built-in parser; it can be saved as a format file
 * @param runs     which of the runs the logs hold this is, where they hold several
 */
public record LoadedRun(Path origin, RunModel model, List<Path> files, String format, RunSettings settings,
                        List<String> problems, List<String> notes, LogFormat importFormat, RunChoice runs) {

    /** Whether format inference was unsure of what it read (a person should look at the format). */
    public boolean formatUnsure() {
        return notes.stream().anyMatch(n -> n.startsWith("unsure: "));
    }

    public String name() {
        return origin.getFileName() == null ? origin.toString() : origin.getFileName().toString();
    }
}
