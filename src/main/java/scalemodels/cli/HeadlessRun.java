package scalemodels.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;
import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.rundata.RunLoader;
import scalemodels.supervisor.LaunchException;
import scalemodels.supervisor.RunListener;
import scalemodels.supervisor.RunOutcome;
import scalemodels.supervisor.Supervisor;

/**
 * {@code ./run.sh --headless}: one run in real processes without a window, then the per-VM table and the rule check
 * read back from the logs it wrote. Ctrl-C stops the run early and still prints everything.
 */
final class HeadlessRun {
    private final PrintStream out;
    private final PrintStream err;

    HeadlessRun(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Exit code: 0 for a clean run that keeps every rule, 1 otherwise. */
    int run(RunSettings settings, boolean seedWasDrawn, Path logsRoot) {
        out.println("Scale Models: " + settings.vms() + " VMs, seed " + settings.seed()
                + (seedWasDrawn ? " (drawn at random; pass --seed " + settings.seed() + " to repeat this run)" : "")
                + ", rates " + settings.rateMin() + ".." + settings.rateMax() + " ticks/s, values 1.."
                + settings.maxValue() + ", speed " + RunSettings.plain(settings.speed()));
        CountDownLatch reported = new CountDownLatch(1);
        Supervisor supervisor = new Supervisor(settings, logsRoot, new RunListener() {
            @Override
            public void onProblem(String message) {
                err.println("problem: " + message);
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
            return report(outcome);
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

    private int report(RunOutcome outcome) {
        RunAnalysis analysis;
        try {
            analysis = RunAnalysis.of(RunLoader.load(outcome.folder().dir()));
        } catch (IOException | LogParseException e) {
            err.println("error: cannot read back the logs: " + e.getMessage());
            return 1;
        }
        out.println();
        out.print(SummaryTable.render(analysis.vms()));
        List<Violation> violations = analysis.violations();
        out.println();
        out.println("Rule check: " + violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
        violations.stream().limit(20).forEach(v -> out.println("  " + v));
        if (violations.size() > 20) {
            out.println("  ... and " + (violations.size() - 20) + " more");
        }
        outcome.problems().forEach(p -> out.println("Problem: " + p));
        out.println("Events streamed to the supervisor: " + outcome.totalEventsReceived());
        out.println("Run folder: " + outcome.folder().dir());
        return violations.isEmpty() && outcome.clean() ? 0 : 1;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
