package scalemodels.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scalemodels.experiment.ExperimentConfig;
import scalemodels.experiment.ExperimentPlan;
import scalemodels.experiment.ExperimentResult;
import scalemodels.experiment.ExperimentRunner;
import scalemodels.model.Seeds;
import scalemodels.sim.Simulator;

/** {@code ./run.sh experiment}: several configurations x several runs, then a comparison report. */
@Command(name = "experiment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run several configurations several times and write a report comparing them (report.md, "
                + "summary.csv, runs.csv, PNG charts). The exercise preset: 5 runs x 60 s of the model as written "
                + "(rates 1-6, values 1-10), with a smaller rate variation (3-5), with fewer internal events "
                + "(values 1-5), and with both. The findings preset: the effects other implementations published "
                + "(VMs at 1, 3 and 6 ticks/s; at 1, 8 and 8; at 3, 3 and 3), reported in findings.md beside the "
                + "published figures. Ctrl-C cancels and still reports the finished runs."})
final class ExperimentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "exercise",
            description = "Configurations to compare when no --config is given: 'exercise' (default) or "
                    + "'findings' (also writes findings.md).")
    String preset;

    @Option(names = "--config", paramLabel = "NAME:A-B:K[:N]",
            description = "A configuration: name, tick rates A to B, values 1..K, optionally N VMs; or NAME:R0,R1,..:K, "
                    + "one fixed rate per VM (e.g. bottleneck:1,8,8:10); repeat to compare several (replaces the "
                    + "preset).")
    List<String> configs = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Runs per configuration (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Length of each run (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "Speed of each run (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--simulate", description = "Simulate in virtual time (instant) instead of real VM processes.")
    boolean simulate;

    @Option(names = "--network-delay", paramLabel = "MS", defaultValue = "1",
            description = "With --simulate: message delay in milliseconds (default: ${DEFAULT-VALUE}).")
    double delayMillis;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of run 1; run r uses S + r - 1. Default: random.")
    Long seed;

    @Option(names = "--logs", paramLabel = "DIR", description = "Folder that receives the report folder (default: "
            + RunOptions.LOGS_DEFAULT + ").")
    Path logs;

    @picocli.CommandLine.Mixin
    LogBudgetOption budget;

    @Override
    public Integer call() throws IOException {
        if (!"exercise".equals(preset) && !"findings".equals(preset)) {
            throw new UsageException("--preset must be 'exercise' or 'findings', got '" + preset + "'");
        }
        List<ExperimentConfig> chosen = new ArrayList<>();
        try {
            for (String spec : configs) {
                chosen.add(ExperimentConfig.parse(spec));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!(delayMillis >= 0 && delayMillis <= Simulator.MAX_DELAY_MILLIS)) {
            throw new UsageException("--network-delay must be between 0 and 60000 ms, got " + delayMillis);
        }
        List<ExperimentConfig> presetConfigs = "findings".equals(preset) ? ExperimentPlan.findingsPreset()
                : ExperimentPlan.exercisePreset();
        ExperimentPlan plan = new ExperimentPlan(chosen.isEmpty() ? presetConfigs : chosen, runs,
                duration, speed, simulate, Math.round(delayMillis * 1000), seed != null ? seed : Seeds.random());
        if (!plan.problems().isEmpty()) {
            throw new UsageException(plan.problems().get(0).forCommandLine());
        }
        RunOptions where = new RunOptions();
        where.logs = logs;
        Path logsFolder = where.writableLogsFolder();
        budget.apply();
        for (ExperimentConfig config : plan.configs()) {
            budget.check(plan.settings(config, 0), logsFolder); // each run of a configuration alike
        }
        Path reportDir = ExperimentRunner.newReportDir(logsFolder);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Experiment: " + plan.configs().size() + " configurations x " + plan.runs() + " runs x "
                + duration + " s, " + (simulate ? "simulated" : "in real VM processes") + ", seeds from "
                + plan.baseSeed() + ". Report folder: " + reportDir);
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "experiment-ctrl-c");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            ExperimentResult result = ExperimentRunner.run(plan, reportDir,
                    (done, total, message) -> out.printf("[%d/%d] %s%n", done, total, message),
                    cancelled::get);
            return result.cancelled() ? 1 : 0;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for the report
            }
        }
    }
}
