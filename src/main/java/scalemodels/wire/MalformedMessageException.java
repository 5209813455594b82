package scalemodels.wire;

/** A line on a control or peer connection that is not a message of its protocol; the message says what is wrong. */
public final class MalformedMessageException extends Exception {
    public MalformedMessageException(String message) {
        super(message);
    }
}
