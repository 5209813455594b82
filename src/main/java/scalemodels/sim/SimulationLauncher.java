package scalemodels.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import scalemodels.launch.FaultControls;
import scalemodels.launch.LaunchException;
import scalemodels.launch.LaunchedRun;
import scalemodels.launch.RunLauncher;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.LogBudget;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.model.VmStatus;

/**
 * The simulation as a launcher: a run is the model in virtual time, written as a run folder at once and ended as
 * soon as it is written. Nothing is streamed while it happens (there is nothing to watch: it is replayed instead).
 */
public final class SimulationLauncher implements RunLauncher {
    private final Path logsRoot;
    private final long delayMicros;

    /** @param delayMicros how long every message takes */
    public SimulationLauncher(Path logsRoot, long delayMicros) {
        this.logsRoot = logsRoot;
        this.delayMicros = delayMicros;
    }

    @Override
    public String description() {
        return "network delay " + RunSettings.plain(delayMicros / 1000.0) + " ms";
    }

    @Override
    public LaunchedRun prepare(RunSettings settings, RunListener listener) {
        return new Simulated(settings.requireValid(), listener);
    }

    @Override
    public boolean live() {
        return false;
    }

    private final class Simulated implements LaunchedRun {
        private final RunSettings settings;
        private final RunListener listener;
        private final CompletableFuture<RunOutcome> ended = new CompletableFuture<>();
        private volatile RunFolder folder;

        Simulated(RunSettings settings, RunListener listener) {
            this.settings = settings;
            this.listener = listener;
        }

        @Override
        public RunFolder start() throws LaunchException {
            SimulatedRun.Written written;
            try {
                written = SimulatedRun.writeCounted(settings, delayMicros, logsRoot);
            } catch (LogBudget.TooLarge e) {
                throw new LaunchException("Not started: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new LaunchException("The simulation could not write its logs under " + logsRoot + ": "
                        + e.getMessage(), e);
            }
            folder = written.folder();
            VmStatus[] statuses = new VmStatus[settings.vms()];
            Arrays.fill(statuses, VmStatus.STOPPED);
            RunOutcome outcome = new RunOutcome(folder, written.rates(), statuses, written.lines(), false, List.of());
            listener.onRunEnded(outcome);
            ended.complete(outcome);
            return folder;
        }

        @Override
        public RunSettings settings() {
            return settings;
        }

        @Override
        public RunFolder folder() {
            return folder;
        }

        @Override
        public long startMicros() {
            return folder == null ? 0 : Simulator.VIRTUAL_EPOCH_MICROS;
        }

        @Override
        public void requestStop() {
            // Written in one go: there is nothing to stop.
        }

        @Override
        public CompletableFuture<RunOutcome> ended() {
            return ended;
        }

        @Override
        public RunOutcome awaitEnd(Duration timeout) {
            return ended.getNow(null);
        }

        @Override
        public long[] pids() {
            return new long[0];
        }

        @Override
        public Optional<FaultControls> faults() {
            return Optional.empty();
        }

        @Override
        public void close() {
            // No process, no thread: nothing is left running.
        }
    }
}
