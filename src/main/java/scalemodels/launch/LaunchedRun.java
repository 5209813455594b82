package scalemodels.launch;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;

/** A run a {@link RunLauncher} started: where it writes, when its clocks started, how to stop it and its end. */
public interface LaunchedRun extends AutoCloseable {
    RunSettings settings();

    /**
     * Starts the run and returns once it is under way: processes' clocks about to start, or a simulated run written
     * (and ended). Slow (processes boot): not on a UI thread.
     *
     * @return where its logs are
     * @throws LaunchException with a message for the user; nothing is left running
     */
    RunFolder start() throws LaunchException;

    RunFolder folder();

    /** The common start instant of all clocks, epoch microseconds; 0 before the start. */
    long startMicros();

    /** Asks the run to stop: every VM finishes its tick and writes stop. Idempotent. */
    void requestStop();

    /** Completes once the run has ended and every event has been reported. */
    CompletableFuture<RunOutcome> ended();

    /** The outcome once the run ended, or null if that takes longer than {@code timeout}. */
    RunOutcome awaitEnd(Duration timeout);

    /** Process ids by VM (-1 where none); empty when the run has no processes. */
    long[] pids();

    /** Faults that can be injected into this run while it goes on; empty when it cannot take any. */
    Optional<FaultControls> faults();

    /** Stops the run if it still goes and returns once nothing of it is left running. */
    @Override
    void close();
}
