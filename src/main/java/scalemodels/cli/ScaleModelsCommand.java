package scalemodels.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The command line of {@code ./run.sh}: the window by default, or one headless run. */
@Command(name = "run.sh", mixinStandardHelpOptions = true, version = "Scale Models 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Scale Models: Lamport logical clocks between real processes.",
            "Without options, opens the window. With --headless, runs one model without a window, writes its logs "
                    + "and prints a per-VM summary and the rule check."},
        footer = {"",
            "Exit codes: 0 done (headless: clean run, 0 rule violations); 1 the run failed, a VM crashed or a rule "
                    + "was broken; 2 bad flag or value (nothing was started).",
            "Log format and files: see README.md."})
public final class ScaleModelsCommand implements Callable<Integer> {
    @Option(names = "--headless", description = "Run one model without a window and print its summary.")
    boolean headless;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        if (!headless) {
            return GuiLauncher.launch(run);
        }
        var settings = run.settings();
        var logs = run.writableLogsFolder();
        return new HeadlessRun(System.out, System.err).run(settings, run.seedWasDrawn, logs);
    }
}
