package scalemodels.analysis;

import java.nio.file.Path;

/**
 * One broken rule, located at the line that breaks it.
 *
 * @param file    the log file
 * @param line    1-based line number in that file
 * @param vm      the VM (lane) whose event breaks it
 * @param index   the event's index in its lane, for marking it on the timeline
 * @param message what is wrong, one sentence
 * @param rule    which rule it breaks
 */
public record Violation(Path file, int line, int vm, int index, String message, Rule rule) {
    @Override
    public String toString() {
        return file.getFileName() + ":" + line + ": " + message;
    }
}
