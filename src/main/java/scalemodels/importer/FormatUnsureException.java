package scalemodels.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * No preset fits and the inferred format reads nothing usable: the message says why, and the inferred format is
 * kept so a person can correct it in the format editor instead of starting from nothing.
 */
public final class FormatUnsureException extends IOException {
    private final transient LogFormat inferred;
    private final Path origin;

    public FormatUnsureException(String message, Path origin, LogFormat inferred) {
        super(message);
        this.origin = origin;
        this.inferred = inferred;
    }

    public LogFormat inferred() {
        return inferred;
    }

    public Path origin() {
        return origin;
    }
}
