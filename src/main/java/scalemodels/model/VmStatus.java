package scalemodels.model;

/** Where one VM process is in its life, as the supervisor sees it. */
public enum VmStatus {
    /** Process launched, not yet connected to the control socket. */
    STARTING,
    /** Said hello; meeting its peers. */
    CONNECTING,
    /** Connected to every peer; waiting for the common start instant. */
    READY,
    /** Ticking. */
    RUNNING,
    /** Paused by a fault injection: not ticking, messages still arriving. */
    PAUSED,
    /** Wrote its stop line and exited cleanly. */
    STOPPED,
    /** Exited without a clean stop, or was killed. */
    CRASHED;

    public boolean isFinal() {
        return this == STOPPED || this == CRASHED;
    }
}
