package scalemodels.importer;

import java.nio.file.Path;
import java.util.Map;

import scalemodels.event.EventType;

/**
 * One event as a foreign log states it, before the run's size is known: fields are text, missing ones null.
 *
 * @param file   where it was read
 * @param line   1-based line of its first character
 * @param order  position in the import, for formats without times
 * @param vm     VM id
 * @param type   kind of event
 * @param word   the event word as written ("Broadcast", "SENT"), null when the format's line has none
 * @param fields known fields by name (time, clock, queue, from, to, msg, tick, value, vc, rate)
 * @param extras fields the format names that Scale Models has no column for
 */
record RawEvent(Path file, int line, long order, int vm, EventType type, String word, Map<String, String> fields,
                Map<String, String> extras) {

    String get(String field) {
        return fields.get(field);
    }
}
