package scalemodels.importer;

import java.io.IOException;

/** An execution (or run) asked for that the logs do not hold: the format read them, the number is what is wrong. */
public final class NoSuchExecutionException extends IOException {
    private static final long serialVersionUID = 1L;

    public NoSuchExecutionException(String message) {
        super(message);
    }
}
