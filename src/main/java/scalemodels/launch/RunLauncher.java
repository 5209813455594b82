package scalemodels.launch;

import scalemodels.model.RunSettings;

/**
 * One way of running the model: VM processes on this machine (the supervisor) or the simulation in virtual time.
 * The window and the command line run the model through this interface, so each can be given the other, or a fake
 * in a test.
 */
public interface RunLauncher extends AutoCloseable {
    /**
     * A run of these settings, ready for {@link LaunchedRun#start()}: a stop asked for while it starts ends the start.
     * The listener hears its events (live runs), problems and end, from the launcher's threads.
     */
    LaunchedRun prepare(RunSettings settings, RunListener listener);

    /** Whether runs from this launcher happen while one watches (processes) or are written at once (simulation). */
    boolean live();

    /** What sets this launcher's runs apart, for the status line ("network delay 1 ms"); empty when nothing. */
    default String description() {
        return "";
    }

    /** Prepares what the next start of {@code vms} VMs needs (warm processes), off the caller's thread if slow. */
    default void keepWarm(int vms) {
    }

    /** Ends whatever the launcher keeps ready; runs it started are closed by their owners. */
    @Override
    default void close() {
    }
}
