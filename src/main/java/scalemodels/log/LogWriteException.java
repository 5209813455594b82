package scalemodels.log;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An event log could not be written (a full disk, a vanished folder): one sentence that names the file and the cause,
 * for the console and the window alike. A run whose log failed is never a valid run.
 */
public final class LogWriteException extends IOException {
    private final Path file;

    public LogWriteException(Path file, IOException cause) {
        super("cannot write " + file.getFileName() + " (" + file.toAbsolutePath().getParent() + "): " + reason(cause),
                cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    private static String reason(IOException cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
