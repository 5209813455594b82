package scalemodels.log;

import scalemodels.event.LogEvent;

import java.nio.file.Path;
import java.util.List;

/**
 * The parsed events of one VM log file, in file order, with the line each came from (for error messages).
 *
 * @param file        where it was read from
 * @param events      the events, in file order
 * @param lineNumbers 1-based line number of each event
 */
public record VmLog(Path file, List<LogEvent> events, int[] lineNumbers) {

    public int lineOf(int index) {
        return lineNumbers[index];
    }

    /** The VM id, taken from the first event; -1 for an empty log. */
    public int vm() {
        return events.isEmpty() ? -1 : events.get(0).vm();
    }
}
