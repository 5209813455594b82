package scalemodels.cli;

/** A bad flag or value: printed as one line and exit code 2, with nothing started. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
