package scalemodels.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scalemodels.analysis.RunAnalysis;
import scalemodels.importer.LoadedRun;
import scalemodels.importer.RunOpener;
import scalemodels.report.SummaryJson;
import scalemodels.report.SummaryMarkdown;

/** {@code ./run.sh analyze DIR}: the analysis and the rule check of any run folder or other implementation's logs. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the analysis (rates, event mix, clock jumps, drift, queues, waiting times) and the rule "
                + "check of a run folder, or of another implementation's logs read through a format definition."},
        footer = {"", "Exit codes: 0 no rule broken and every line read; 1 rules broken or lines unreadable; "
                + "2 nothing readable there or a bad flag."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A run folder, a folder of logs, or one log file.")
    Path path;

    @Option(names = "--execution", paramLabel = "N", defaultValue = "1",
            description = "For logs holding several executions (ShiViz delimiter lines) or a folder of several runs "
                    + "told apart by their file names: which one to read, from 1 "
                    + "(default: ${DEFAULT-VALUE}); the output lists them.")
    int execution;

    @Option(names = "--format", paramLabel = "NAME|FILE",
            description = "How to read the logs: a preset (scale-models, sukikrishna, shiviz) or a format "
                    + "definition file. Default: a Scale Models run folder, else the first preset that fits.")
    String format;

    @Option(names = "--json", description = "Print the analysis as JSON instead of Markdown.")
    boolean json;

    @Option(names = "--save-format", paramLabel = "FILE",
            description = "Write the format the logs were read with (given, preset or inferred) to FILE, to correct "
                    + "it by hand and give it back with --format.")
    Path saveFormat;

    @Override
    public Integer call() {
        LoadedRun run;
        try {
            run = RunOpener.open(path, format, execution);
        } catch (scalemodels.importer.FormatUnsureException e) {
            if (saveFormat != null) {
                try {
                    e.inferred().save(saveFormat);
                    spec.commandLine().getErr().println("saved the inferred format to " + saveFormat + " to correct");
                } catch (IOException io) {
                    throw new UsageException("--save-format: cannot write " + saveFormat + ": " + io.getMessage());
                }
            }
            throw new UsageException("cannot analyze " + path + ": " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("cannot analyze " + path + ": " + e.getMessage());
        }
        if (saveFormat != null) {
            if (run.importFormat() == null) {
                throw new UsageException("--save-format: " + path + " is a Scale Models run folder, read by the "
                        + "built-in parser; there is no format to save");
            }
            try {
                run.importFormat().save(saveFormat);
            } catch (IOException e) {
                throw new UsageException("--save-format: cannot write " + saveFormat + ": " + e.getMessage());
            }
        }
        RunAnalysis analysis = RunAnalysis.of(run.model());
        spec.commandLine().getOut().print(json ? SummaryJson.render(analysis, run.problems(), run.notes())
                : SummaryMarkdown.render("Run " + run.name() + " (" + run.format() + " format)", analysis,
                run.problems(), run.notes()));
        return analysis.violations().isEmpty() && run.problems().isEmpty() ? 0 : 1;
    }
}
