package scalemodels.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.tinylog.Logger;

import scalemodels.analysis.RunAnalysis;
import scalemodels.launch.LaunchException;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.rundata.RunLoader;
import scalemodels.sim.SimulatedRun;
import scalemodels.supervisor.Supervisor;

/**
 * Runs an {@link ExperimentPlan} one run after another (real VM processes, or the simulation), analyses each run and
 * writes the comparison report. Cancelling stops the run in progress and reports the finished ones.
 */
public final class ExperimentRunner {
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd_HH-mm-ss");

    private ExperimentRunner() {
    }

    /** A fresh report folder {@code experiment_<local date and time>} under {@code logsRoot}. */
    public static Path newReportDir(Path logsRoot) throws IOException {
        String base = "experiment_" + FOLDER_TIME.format(LocalDateTime.now());
        for (int attempt = 1; ; attempt++) {
            Path dir = logsRoot.resolve(attempt == 1 ? base : base + "-" + attempt);
            if (!Files.exists(dir)) {
                return Files.createDirectories(dir);
            }
        }
    }

    public static ExperimentResult run(ExperimentPlan plan, Path reportDir, ExperimentListener listener,
                                       BooleanSupplier cancelled) throws IOException {
        List<ExperimentPlan.Problem> problems = plan.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).forCommandLine());
        }
        Path runsDir = Files.createDirectories(reportDir.resolve("runs"));
        List<RunMetrics> finished = new ArrayList<>();
        int done = 0;
        boolean stopped = false;
        for (ExperimentConfig config : plan.configs()) {
            for (int run = 0; run < plan.runs() && !stopped; run++) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                RunSettings settings = plan.settings(config, run);
                listener.onProgress(done, plan.total(), "Running '" + config.name() + "' run " + (run + 1) + " of "
                        + plan.runs() + " (seed " + settings.seed() + ")...");
                try {
                    Path folder = plan.simulate() ? SimulatedRun.write(settings, plan.delayMicros(), runsDir).dir()
                            : runInProcesses(settings, runsDir, cancelled);
                    if (folder == null) {
                        stopped = true;
                        break;
                    }
                    RunAnalysis analysis = RunAnalysis.of(RunLoader.load(folder));
                    finished.add(RunMetrics.of(config.name(), run, settings.seed(), folder, analysis));
                } catch (LaunchException | LogParseException e) {
                    Logger.error(e, "experiment run failed");
                    listener.onProgress(done, plan.total(), "Run failed, skipped: " + e.getMessage());
                }
                done++;
                listener.onProgress(done, plan.total(), "Finished '" + config.name() + "' run " + (run + 1));
            }
        }
        ExperimentReport.write(plan, finished, reportDir, stopped);
        if (plan.configs().equals(ExperimentPlan.findingsPreset()) && !finished.isEmpty()) {
            FindingsReport.write(plan, finished, reportDir); // the published effects beside ours
        }
        listener.onProgress(done, plan.total(), (stopped ? "Cancelled; report of the " + finished.size()
                + " finished runs" : "Report") + " written to " + reportDir.resolve(ExperimentReport.REPORT));
        return new ExperimentResult(reportDir, List.copyOf(finished), stopped);
    }

    /** One run in real processes; null when cancelled (the partial run is stopped and not counted). */
    private static Path runInProcesses(RunSettings settings, Path runsDir, BooleanSupplier cancelled)
            throws LaunchException {
        try (Supervisor supervisor = new Supervisor(settings, runsDir, RunListener.NONE)) {
            RunFolder folder = supervisor.start();
            RunOutcome outcome;
            do {
                outcome = supervisor.awaitEnd(Duration.ofMillis(200));
                if (outcome == null && cancelled.getAsBoolean()) {
                    supervisor.requestStop();
                    supervisor.awaitEnd(Duration.ofSeconds(10));
                    return null;
                }
            } while (outcome == null);
            return folder.dir();
        }
    }
}
