package scalemodels.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scalemodels.export.RunExporter;
import scalemodels.importer.LoadedRun;
import scalemodels.importer.RunOpener;
import scalemodels.report.ShivizLog;
import scalemodels.rundata.TimeWindow;

/** {@code ./run.sh export RUN --to FILE.zip}. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a run into one zip: its logs and manifest, events.csv, summary.md, summary.json, "
                + "timeline.png, clocks.png, drift.png, queues.png, jumps.png, shiviz.log (opens in ShiViz) and "
                + "trace.json (opens in Perfetto and chrome://tracing)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "A run folder, a folder of logs, or one log file.")
    Path path;

    @Option(names = "--to", paramLabel = "FILE.zip", required = true, description = "The zip to write.")
    Path zip;

    @Option(names = "--execution", paramLabel = "N", defaultValue = "1",
            description = "For logs holding several executions (ShiViz delimiter lines) or a folder of several runs "
                    + "told apart by their file names: which one to read, from 1 "
                    + "(default: ${DEFAULT-VALUE}); the output lists them.")
    int execution;

    @Option(names = "--from", paramLabel = "SECONDS",
            description = "timeline.png and trace.json start this many seconds after the run's first event "
                    + "(default: 0). shiviz.log always starts at the run's start; the other files hold the whole run.")
    Double from;

    @Option(names = "--until", paramLabel = "SECONDS",
            description = "timeline.png, trace.json and shiviz.log end this many seconds after the run's first "
                    + "event (default: the run's end). (--to names the zip.)")
    Double until;

    @Option(names = "--format", paramLabel = "NAME|FILE",
            description = "How to read logs of another implementation (see analyze --help).")
    String format;

    @Override
    public Integer call() {
        if (!zip.getFileName().toString().endsWith(".zip")) {
            throw new UsageException("--to must name a .zip file, got " + zip);
        }
        LoadedRun run;
        try {
            run = RunOpener.open(path, format, execution);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("cannot export " + path + ": " + e.getMessage());
        }
        TimeWindow window;
        try {
            window = TimeWindow.ofSeconds(run.model(), from, until);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<String> files = RunExporter.exportZip(run, zip, window);
            out.println("Exported " + files.size() + " files to " + zip + ": " + String.join(", ", files));
            String tooLarge = ShivizLog.warning(run.model(), window.endMicros());
            if (tooLarge != null) {
                out.println("Warning: " + tooLarge);
            }
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: export failed, nothing was written to " + zip + ": "
                    + e.getMessage());
            return 1;
        }
    }
}
