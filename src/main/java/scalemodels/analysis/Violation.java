package scalemodels.analysis;

import java.nio.file.Path;

/**
 * One broken rule, located at the line that breaks it.
 *
 * @param file    the log file
 * @param line    1-based line number in that file
 * @param message what is wrong, one sentence
 */
public record Violation(Path file, int line, String message) {
    @Override
    public String toString() {
        return file.getFileName() + ":" + line + ": " + message;
    }
}
