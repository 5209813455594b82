package scalemodels.wire;

import java.io.IOException;

/** A peer sent more bytes without a line break than any honest line holds. */
public final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    public LineTooLongException(int limit) {
        super("line longer than " + limit + " bytes");
    }
}
