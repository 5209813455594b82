package scalemodels.importer;

import java.nio.file.Path;

import scalemodels.event.EventType;

/**
 * A line from the head of a log file that names an event, as format inference sees it.
 *
 * @param word   the event word found in it
 * @param wordAt where that word starts
 */
record SampleLine(Path file, String text, EventType type, String word, int wordAt) {
}
