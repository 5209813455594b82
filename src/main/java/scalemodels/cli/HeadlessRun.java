package scalemodels.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import scalemodels.analysis.Rule;
import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;
import scalemodels.launch.LaunchException;
import scalemodels.launch.LaunchedRun;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.report.VmTable;
import scalemodels.rundata.RunLoader;
import scalemodels.sim.SimulatedRun;
import scalemodels.supervisor.ProcessLauncher;

/**
 * {@code ./run.sh --headless}: one run in real processes without a window, then the per-VM table and the rule check
 * read back from the logs it wrote. Ctrl-C stops the run early and still prints everything.
 */
final class HeadlessRun {
    private final PrintWriter out;
    private final PrintWriter err;

    HeadlessRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** A simulated run: instant, same logs and the same report. Exit code as for {@link #run}. */
    int simulate(RunSettings settings, boolean seedWasDrawn, long delayMicros, Path logsRoot) {
        introduce(settings, seedWasDrawn);
        out.println("Simulating in virtual time, network delay " + RunSettings.plain(delayMicros / 1000.0) + " ms...");
        try {
            long started = System.nanoTime();
            RunFolder folder = SimulatedRun.write(settings, delayMicros, logsRoot);
            out.println(String.format(java.util.Locale.ROOT, "Simulated %s s of model time in %.0f ms.",
                    RunSettings.plain(settings.durationSeconds()), (System.nanoTime() - started) / 1e6));
            return report(folder, List.of(), -1, true);
        } catch (IOException e) {
            err.println("error: cannot write the simulated run under " + logsRoot + ": " + e.getMessage());
            return 1;
        }
    }

    /** Exit code: 0 for a clean run that keeps every rule, 1 otherwise. */
    int run(RunSettings settings, boolean seedWasDrawn, Path logsRoot) {
        introduce(settings, seedWasDrawn);
        CountDownLatch reported = new CountDownLatch(1);
        LaunchedRun supervisor = new ProcessLauncher(logsRoot, false).prepare(settings, new RunListener() {
            @Override
            public void onProblem(String message) {
                err.println("problem: " + message);
            }

            @Override
            public void onNotice(String message) {
                err.println("notice: " + message);
            }
        });
        Thread stopOnCtrlC = new Thread(() -> {
            supervisor.requestStop();
            awaitQuietly(reported);
        }, "headless-ctrl-c");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        try {
            RunFolder folder = supervisor.start();
            out.println("Run folder: " + folder.dir());
            out.println(settings.runsUntilStopped() ? "Running until Ctrl-C..."
                    : "Running for " + RunSettings.plain(settings.durationSeconds()) + " s (Ctrl-C stops early)...");
            RunOutcome outcome;
            do {
                outcome = supervisor.awaitEnd(Duration.ofSeconds(1));
            } while (outcome == null);
            return report(outcome.folder(), outcome.problems(), outcome.totalEventsReceived(), outcome.clean());
        } catch (LaunchException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            supervisor.close();
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already running and waits for this report
            }
        }
    }

    private void introduce(RunSettings settings, boolean seedWasDrawn) {
        out.println("Scale Models: " + settings.vms() + " VMs, seed " + settings.seed()
                + (seedWasDrawn ? " (drawn at random; pass --seed " + settings.seed() + " to repeat this run)" : "")
                + ", rates " + (settings.rates().none() ? settings.rateMin() + ".." + settings.rateMax()
                        : settings.rates() + " (fixed)") + " ticks/s, values 1.."
                + settings.maxValue() + ", speed " + RunSettings.plain(settings.speed()));
    }

    /**
     * @param streamed events the supervisor received live, or -1 for a simulation
     */
    private int report(RunFolder folder, List<String> problems, long streamed, boolean clean) {
        RunAnalysis analysis;
        try {
            analysis = RunAnalysis.of(RunLoader.load(folder.dir()));
        } catch (IOException | LogParseException e) {
            err.println("error: cannot read back the logs: " + e.getMessage());
            return 1;
        }
        out.println();
        out.print(VmTable.plainText(VmTable.BRIEF, analysis.vms()));
        List<Violation> violations = analysis.violations();
        out.println();
        out.println("Rule check: " + violations.size() + " violation" + (violations.size() == 1 ? "" : "s")
                + (violations.isEmpty() ? "" : " (" + Rule.summary(violations) + ")"));
        violations.stream().limit(20).forEach(v -> out.println("  " + v));
        if (violations.size() > 20) {
            out.println("  ... and " + (violations.size() - 20) + " more");
        }
        problems.forEach(p -> out.println("Problem: " + p));
        if (streamed >= 0) {
            out.println("Events streamed to the supervisor: " + streamed);
        }
        out.println("Run folder: " + folder.dir());
        return violations.isEmpty() && clean ? 0 : 1;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
