package scalemodels.ui.run;

/** What the window is doing with runs. */
public enum RunState {
    /** Nothing shown yet. */
    IDLE("Ready"),
    /** VM processes launching and connecting. */
    STARTING("Starting"),
    RUNNING("Running"),
    /** Stop requested; VMs finishing their tick. */
    STOPPING("Stopping"),
    /** The last run ended; its timeline stays on screen. */
    FINISHED("Finished"),
    /** The last run could not start. */
    FAILED("Failed"),
    /** Reading a run folder. */
    LOADING("Loading"),
    /** Showing a run folder opened from disk. */
    REPLAY("Opened run");

    private final String label;

    RunState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A run is starting, running or stopping: settings are locked and Start is off. */
    public boolean isActive() {
        return this == STARTING || this == RUNNING || this == STOPPING || this == LOADING;
    }
}
