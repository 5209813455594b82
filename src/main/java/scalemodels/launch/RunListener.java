package scalemodels.launch;

import scalemodels.event.LogEvent;
import scalemodels.model.VmStatus;

/**
 * What a run reports while it happens. Called from the supervisor's reader threads, several at once: an
 * implementation must be thread-safe and quick (the window only enqueues).
 */
public interface RunListener {
    RunListener NONE = new RunListener() {
    };

    /** One event line, as streamed by its VM while it writes the same line to its log. */
    default void onEvent(LogEvent event) {
    }

    default void onVmStatus(int vm, VmStatus status) {
    }

    /** Something a person should know (a refused connection, a crashed VM), one sentence. */
    default void onProblem(String message) {
    }

    /**
     * Something worth telling that changes nothing about the run, one sentence: strangers refused at the control
     * socket, counted and summarised (never a problem: a stranger cannot change a run's verdict).
     */
    default void onNotice(String message) {
    }

    /** Every VM process has exited and every event line has been delivered. */
    default void onRunEnded(RunOutcome outcome) {
    }
}
