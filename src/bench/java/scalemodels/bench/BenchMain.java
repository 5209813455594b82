package scalemodels.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code ./run.sh bench}: the benchmarks, printed and written to docs/benchmarks.md. They live apart from the app
 * ({@code src/bench/java}, compiled with the tests) so that JMH and Monocle stay off the app's class path.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the benchmarks (medians of repeated measurements), print the table and write it with the "
                + "machine it ran on into docs/benchmarks.md (or --out), keeping the text around the table."})
public final class BenchMain implements Callable<Integer> {
    @Option(names = "--quick", description = "Skip the 60 s run at speed 1; shorter frame-time and throughput runs.")
    boolean quick;

    /** Parts of the benchmarks, for measuring one thing again without the rest. */
    enum Part { PROCESSES, START, WINDOW, MODEL }

    @Option(names = "--only", paramLabel = "PART", description = "Only this part: ${COMPLETION-CANDIDATES} "
            + "(START is part of PROCESSES). Printed, and written only to --out: docs/benchmarks.md keeps the whole "
            + "table of one run.")
    Part only;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the table (default: docs/benchmarks.md in the project).")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("scale-models-bench");
        try {
            return run(work);
        } finally {
            keepJmhOutput(work);
        }
    }

    /**
     * Leaves only JMH's own output in the work folder (a few kilobytes, named in the last line): the runs' logs, over
     * 100 MB of them, piled up in the temporary folder with every benchmark run.
     */
    private static void keepJmhOutput(Path work) throws java.io.IOException {
        try (var entries = Files.list(work)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().startsWith("jmh-")) {
                    scalemodels.files.FileTrees.delete(entry);
                }
            }
        }
        try (var left = Files.list(work)) {
            if (left.findAny().isEmpty()) {
                Files.delete(work);
            }
        }
    }

    private Integer run(Path work) throws Exception {
        Benchmarks benchmarks = new Benchmarks(work, quick, line -> System.err.println(line));
        // The JMH figures first, on a quiet machine: runs of VM processes and the window leave work behind them for a
        // few seconds (standby VMs booting for the next run, logs being closed), which doubled the analysis figure.
        List<Figure> model = only == null || only == Part.MODEL ? benchmarks.modelFigures() : List.of();
        List<Figure> figures = new ArrayList<>();
        if (only == null || only == Part.PROCESSES) {
            figures.addAll(benchmarks.processFigures());
        }
        if (only == Part.START) {
            figures.addAll(new StartBenchmarks(work, line -> System.err.println(line)).run());
        }
        if (only == null || only == Part.WINDOW) {
            figures.addAll(new WindowBenchmarks(work, line -> System.err.println(line)).run(quick));
        }
        figures.addAll(model);
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max heap, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + java.time.LocalDate.now();
        String table = Benchmarks.markdown(figures, machine);
        System.out.print(table);
        if (!model.isEmpty()) {
            System.err.println("JMH's own output: " + work);
        }
        if (only != null && out == null) {
            return 0;
        }
        Path target = out != null ? out : Path.of(System.getProperty("scalemodels.home", "."), "docs", "benchmarks.md");
        Files.createDirectories(target.toAbsolutePath().getParent());
        String before = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
        Files.writeString(target, Benchmarks.withTable(before, table), StandardCharsets.UTF_8);
        System.out.println("\nWritten to " + target);
        return 0;
    }
}
