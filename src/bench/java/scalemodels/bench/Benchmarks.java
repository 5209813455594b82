package scalemodels.bench;

import static scalemodels.bench.Percentiles.median;
import static scalemodels.bench.Percentiles.percentile;
import static scalemodels.bench.Percentiles.sorted;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import scalemodels.bench.jmh.AnalysisBenchmark;
import scalemodels.bench.jmh.CausalConeBenchmark;
import scalemodels.bench.jmh.SimulationBenchmark;
import scalemodels.event.LogEvent;
import scalemodels.launch.LaunchException;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunLoader;
import scalemodels.rundata.RunModel;
import scalemodels.sim.SimulatedRun;
import scalemodels.sim.Simulator;
import scalemodels.supervisor.LocalPlacement;
import scalemodels.supervisor.StandbyVms;
import scalemodels.supervisor.Supervisor;

/**
 * The benchmarks that run without a window: simulation speed, analysis against merely reading the lines, memory per
 * event, tick fidelity and jitter of real VM processes, start latency ({@link StartBenchmarks}). Each repeats and reports the median; the ones
 * that need the window are in {@code scalemodels.ui.WindowBenchmarks}.
 */
public final class Benchmarks {
    private final Path work;
    private final boolean quick;
    private final Consumer<String> progress;

    /**
     * @param work  a folder for the runs it makes
     * @param quick skip the 60 s run at speed 1
     */
    public Benchmarks(Path work, boolean quick, Consumer<String> progress) {
        this.work = work;
        this.quick = quick;
        this.progress = progress;
    }

    /** Real VM processes: tick fidelity and jitter, start latency. */
    public List<Figure> processFigures() throws IOException, LaunchException, LogParseException,
            InterruptedException {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(fidelityAndJitter(new RunSettings(3, 11, 1, 6, 10, 100, 10), "10 s at speed 100"));
        if (!quick) {
            figures.addAll(fidelityAndJitter(new RunSettings(3, 11, 1, 6, 10, 1, 60), "60 s at speed 1"));
        }
        figures.addAll(new StartBenchmarks(work, progress).run());
        return figures;
    }

    /** Code inside one JVM: analysis against reading the lines, memory per event, simulation speed. */
    public List<Figure> modelFigures() throws IOException, LogParseException {
        List<Figure> figures = new ArrayList<>(analysisAndMemory());
        figures.add(simulation());
        figures.add(causalCone());
        return figures;
    }

    private List<Figure> fidelityAndJitter(RunSettings settings, String label) throws LaunchException, IOException,
            LogParseException {
        progress.accept("tick fidelity and jitter: " + label + "...");
        RunFolder folder;
        long commonStart;
        try (Supervisor supervisor = new Supervisor(settings, work, RunListener.NONE)) {
            folder = supervisor.start();
            commonStart = supervisor.startMicros();
            RunOutcome outcome = supervisor.awaitEnd(Duration.ofSeconds((long) settings.durationSeconds() + 60));
            if (outcome == null) {
                throw new IOException("the " + label + " run did not end");
            }
        }
        RunModel model = RunLoader.load(folder.dir());
        double worstFidelity = Double.MAX_VALUE;
        List<Double> lateness = new ArrayList<>();
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            double tps = lane.rate() * settings.speed();
            long expected = (long) Math.floor(tps * settings.durationSeconds() + 1e-9);
            long ticks = 0;
            for (int i = 0; i < lane.size(); i++) {
                if (lane.type(i).isTick()) {
                    ticks++;
                    double scheduled = commonStart + (lane.tick(i) - 1) * 1e6 / tps;
                    lateness.add((lane.time(i) - scheduled) / 1000.0);
                }
            }
            worstFidelity = Math.min(worstFidelity, ticks / (double) expected);
        }
        double[] ms = sorted(lateness);
        double p50 = percentile(ms, 0.50);
        double p99 = percentile(ms, 0.99);
        return List.of(
                new Figure("tick fidelity (" + label + ")", "measured ticks / (rate x speed x seconds), worst VM",
                        fmt("%.4f", worstFidelity), ">= 0.999", "1.0 = every scheduled tick", worstFidelity >= 0.999,
                        ""),
                new Figure("tick jitter (" + label + ")", "logged time minus scheduled time, all ticks of 3 VMs",
                        fmt("p50 %.3f ms, p99 %.3f ms", p50, p99), "p99 <= 2 ms", "0 = on schedule", p99 <= 2,
                        "scheduled: the run's common start instant (GO) + (tick - 1) / (rate x speed); negative is "
                                + "early"));
    }

    private List<Figure> analysisAndMemory() throws IOException, LogParseException {
        progress.accept("analysis: writing a run of about 1 M events with the simulation...");
        RunSettings settings = new RunSettings(3, 17, 1, 6, 10, 1000, 143);
        RunFolder folder = SimulatedRun.write(settings, 1_000, work);
        progress.accept("memory: heap after a full GC, with and without a run model of the same events...");
        long empty = heapAfterGc();
        RunModel live = new RunModel(settings.vms());
        new Simulator(settings, 1_000).run(live::add);
        long events = live.events();
        double liveBytes = (heapAfterGc() - empty) / (double) events;
        live = null;
        empty = heapAfterGc();
        RunModel loaded = RunLoader.load(folder.dir());
        double loadedBytes = (heapAfterGc() - empty) / (double) loaded.events();
        if (loaded.events() != events) {
            throw new IOException("loaded " + loaded.events() + " events but simulated " + events);
        }
        loaded = null;
        progress.accept("analysis: JMH, reading the lines and loading and analysing side by side (about a minute)...");
        Map<String, Double> ms = jmh(AnalysisBenchmark.class, Map.of("runDir", folder.dir().toString()));
        double read = ms.get("readLines");
        double analyse = ms.get("loadAndAnalyse");
        double ratio = analyse / read;
        return List.of(
                new Figure("analysis", "JMH (1 fork, median of 5 iterations after 2 warm-up): load (parse, run model, "
                        + "message matching) and analyse (figures, drift, rule check) " + fmt("%,d", events)
                        + " events", fmt("%.2f s, %.2fx reading the lines", analyse / 1000, ratio),
                        "<= 3x and <= 2 s", fmt("reading the lines (BufferedReader.readLine): %.3f s", read / 1000),
                        ratio <= 3 && analyse <= 2000, "the first, cold load in a fresh JVM takes about 3x longer"),
                new Figure("memory", "heap retained by the run model (heap after a full GC with it, less without it) "
                        + "/ events: " + fmt("%,d", events) + " events of 3 VMs added one by one as live",
                        fmt("%.0f bytes/event", liveBytes), "<= 100 bytes",
                        fmt("the same run loaded from its folder (arrays trimmed): %.0f bytes/event", loadedBytes),
                        liveBytes <= 100, "live arrays grow by half, so up to a third of them is spare capacity; "
                                + "the vector clock takes 4 bytes per VM per event (16 VMs: 60 more)"));
    }

    private Figure simulation() {
        progress.accept("simulation: JMH...");
        long events = new Simulator(SimulationBenchmark.SETTINGS, 1_000).run(e -> { });
        double ms = jmh(SimulationBenchmark.class, Map.of()).get("simulate");
        double perSecond = events / (ms / 1000);
        return new Figure("simulation", "JMH (1 fork, median of 5 iterations after 2 warm-up): Simulator.run of "
                + fmt("%,d", events) + " events, each consumed, none written", fmt("%.2f M events/s",
                perSecond / 1e6), ">= 5 M events/s", "-", perSecond >= 5e6, "");
    }

    private Figure causalCone() {
        progress.accept("causal cone: JMH...");
        Map<String, Double> ms = jmh(CausalConeBenchmark.class, Map.of());
        double logged = ms.get("coneLogged");
        double derived = ms.get("coneDerived");
        return new Figure("causal cone", "JMH (1 fork, median of 5 iterations after 2 warm-up): a click on an event "
                + "in the middle of a 1 M-event run of 3 VMs: take the causal order and the cone, then classify "
                + fmt("%,d", CausalConeBenchmark.ON_SCREEN) + " events on screen (past, future, concurrent)",
                fmt("%.4f ms (logged vector clocks), %.4f ms (derived, once derived)", logged, derived),
                "<= 16 ms (one frame)", "-", Math.max(logged, derived) <= 16,
                "deriving the vectors of an imported log without them is a pass over the run, once per open");
    }

    @SuppressWarnings("java:S1215") // an explicit GC is the point: heap in use by what is still reachable
    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Runs one JMH benchmark class in a forked JVM; median milliseconds per operation, by method name. */
    private Map<String, Double> jmh(Class<?> benchmarks, Map<String, String> params) {
        OptionsBuilder options = new OptionsBuilder();
        options.include(Pattern.quote(benchmarks.getName()) + "\\.")
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .shouldFailOnError(true)
                .output(work.resolve("jmh-" + benchmarks.getSimpleName() + ".txt").toString());
        params.forEach(options::param);
        try {
            Map<String, Double> medians = new java.util.HashMap<>();
            for (RunResult result : new Runner(options.build()).run()) {
                String method = result.getParams().getBenchmark();
                medians.put(method.substring(method.lastIndexOf('.') + 1),
                        result.getPrimaryResult().getStatistics().getPercentile(50));
            }
            return medians;
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed (see " + work + "): " + e.getMessage(), e);
        }
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** Where in docs/benchmarks.md the table goes; the text around it is written by hand and kept. */
    public static final String TABLE_BEGIN = "<!-- bench:begin (written by ./run.sh bench) -->";
    public static final String TABLE_END = "<!-- bench:end -->";

    /** The table as Markdown, with the machine it ran on. */
    public static String markdown(List<Figure> figures, String machine) {
        StringBuilder md = new StringBuilder("Machine: ").append(machine).append("\n\n");
        md.append("| what | how measured | figure | target | baseline | meets | note |\n|---|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(f.what()).append(" | ").append(f.how()).append(" | ").append(f.value())
                    .append(" | ").append(f.target()).append(" | ").append(f.baseline()).append(" | ")
                    .append(f.met() == null ? "-" : f.met() ? "yes" : "**no**").append(" | ").append(f.note())
                    .append(" |\n");
        }
        return md.toString();
    }

    /** {@code document} with its table replaced by {@code table} (or a new document holding only the table). */
    public static String withTable(String document, String table) {
        int begin = document == null ? -1 : document.indexOf(TABLE_BEGIN);
        int end = begin < 0 ? -1 : document.indexOf(TABLE_END, begin);
        if (end < 0) {
            return "# Benchmarks\n\n" + TABLE_BEGIN + "\n" + table + TABLE_END + "\n";
        }
        return document.substring(0, begin) + TABLE_BEGIN + "\n" + table + document.substring(end);
    }

}
