package scalemodels.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongFunction;

import scalemodels.concurrent.TaskRunner;
import scalemodels.importer.LoadedRun;
import scalemodels.launch.RunLauncher;

/**
 * What the run view models use and do not build themselves, so that the window's composition root chooses (real
 * processes, a simulation, named threads) and a test can give fakes.
 *
 * @param processes  runs the model in VM processes
 * @param simulation runs the model in virtual time with the given network delay, microseconds
 * @param reader     reads a run folder or foreign logs
 * @param tasks      runs background work
 */
public record RunServices(RunLauncher processes, LongFunction<RunLauncher> simulation, RunReader reader,
                          TaskRunner tasks) {
    /** Reads a run folder or other implementations' logs for the window. */
    @FunctionalInterface
    public interface RunReader {
        /**
         * @param format    a preset name or format file, or null to detect (or infer) it
         * @param execution for logs holding several executions, which one (from 1)
         */
        LoadedRun open(Path dir, String format, int execution) throws IOException;
    }
}
