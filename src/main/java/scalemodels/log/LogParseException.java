package scalemodels.log;

import java.nio.file.Path;

/** A log file that cannot be read as event lines, with the file and 1-based line number of the first bad line. */
public final class LogParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int lineNumber;
    private final String reason;

    public LogParseException(Path file, int lineNumber, String reason) {
        super(file + ":" + lineNumber + ": " + reason);
        this.file = file;
        this.lineNumber = lineNumber;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String reason() {
        return reason;
    }
}
