package scalemodels.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import scalemodels.model.RunSettings;

/**
 * The command line of {@code ./run.sh} and of the copy's launchers: the window by default, or one headless run. Main
 * names it after the launcher the user started ({@link scalemodels.model.Invocation}).
 */
@Command(name = "run.sh", mixinStandardHelpOptions = true, version = "Scale Models " + ScaleModelsCommand.VERSION,
        subcommands = {AnalyzeCommand.class, ExportCommand.class, ExperimentCommand.class, SoakCommand.class,
            DistCommand.class},
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Scale Models: Lamport logical clocks between real processes.",
            "Without --headless, opens the window (run flags given here fill its settings panel). With --headless, "
                    + "runs one model without a window, writes its logs and prints a per-VM summary and the rule "
                    + "check."},
        footer = {"",
            "Commands: analyze DIR, export RUN --to FILE.zip, experiment, soak (see ${ROOT-COMMAND-NAME} COMMAND "
                    + "--help); in the project, ./run.sh bench and ./run.sh screenshots build and run the benchmarks "
                    + "and the README's screenshots.",
            "Exit codes: 0 done (headless: clean run, 0 rule violations); 1 the run failed, a VM crashed or a rule "
                    + "was broken; 2 bad flag or value (nothing was started).",
            "Log format and files: see README.md."})
public final class ScaleModelsCommand implements Callable<Integer> {
    /** The app's version: --version, and the Debian package's ({@link DebianPackage}). */
    static final String VERSION = "0.1.0";

    @Option(names = "--headless", description = "Run one model without a window and print its summary.")
    boolean headless;

    @Option(names = "--open", paramLabel = "DIR",
            description = "Window: open this run folder (or another implementation's logs) for replay.")
    Path open;

    @Option(names = "--format", paramLabel = "NAME|FILE",
            description = "Window: with --open, how to read the logs: a preset (scale-models, sukikrishna, shiviz) or "
                    + "a format file. Default: detected, else inferred.")
    String format;

    @Option(names = "--execution", paramLabel = "N", defaultValue = "1",
            description = "Window: with --open, for logs holding several executions (or a folder of several "
                    + "runs told apart by their file names), which one to open (from 1).")
    int execution;

    @Option(names = "--start", description = "Window: press Start as soon as the window is up.")
    boolean startNow;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "Window: save a PNG of the window after --screenshot-after seconds, then close it.")
    Path screenshot;

    @Option(names = "--screenshot-after", paramLabel = "SECONDS", defaultValue = "5",
            description = "Window: seconds to wait before --screenshot (default: ${DEFAULT-VALUE}).")
    double screenshotAfter;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        run.budget.apply();
        if (!headless) {
            if (!(screenshotAfter >= 0 && screenshotAfter <= 3600)) {
                throw new UsageException("--screenshot-after must be between 0 and 3600 seconds, got " + screenshotAfter);
            }
            RunSettings preset = givesRunSettings() ? run.settings() : null;
            if (format != null && open == null) {
                throw new UsageException("--format goes with --open (or with the analyze and export commands)");
            }
            if (execution < 1) {
                throw new UsageException("--execution counts from 1, got " + execution);
            }
            if (open != null && !java.nio.file.Files.exists(open)) {
                throw new UsageException("--open: " + open + " does not exist");
            }
            return GuiLauncher.launch(new scalemodels.ui.GuiOptions(run.writableLogsFolder(), preset,
                    run.simulate, run.delayMicros(), startNow, open, format, execution, screenshot, screenshotAfter));
        }
        var settings = run.settings();
        var logs = run.writableLogsFolder();
        run.budget.check(settings, logs);
        HeadlessRun headlessRun = new HeadlessRun(spec.commandLine().getOut(), spec.commandLine().getErr());
        return run.simulate ? headlessRun.simulate(settings, run.seedWasDrawn, run.delayMicros(), logs)
                : headlessRun.run(settings, run.seedWasDrawn, logs);
    }

    /** Whether any run-defining flag was given; then the window starts with those instead of its remembered ones. */
    private boolean givesRunSettings() {
        var parsed = spec.commandLine().getParseResult();
        return Stream.of("--seed", "--vms", "--duration", "--rate-min", "--rate-max", "--max-value", "--speed",
                        "--clock-skew", "--rates")
                .anyMatch(parsed::hasMatchedOption);
    }
}
