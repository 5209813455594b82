package scalemodels.log;

/** A line that is not a valid event line; the message says what is wrong with it, without a location. */
public final class MalformedLineException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedLineException(String reason) {
        super(reason);
    }
}
