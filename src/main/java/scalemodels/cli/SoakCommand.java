package scalemodels.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import scalemodels.analysis.RunAnalysis;
import scalemodels.diag.ProcessStats;
import scalemodels.event.LogEvent;
import scalemodels.launch.LaunchException;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.RunFolder;
import scalemodels.model.RunSettings;
import scalemodels.rundata.RunLoader;
import scalemodels.rundata.RunModel;
import scalemodels.supervisor.Supervisor;

/**
 * {@code ./run.sh soak}: a long, fast run that keeps a window's run model alive, sampling heap, threads, open files
 * and resident memory of the supervisor and of the VM processes, to show they stay bounded. Not part of mvn test.
 */
@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run many VMs fast for minutes and report whether heap, threads and open files stay bounded "
                + "(default: 16 VMs at speed 100 for 10 minutes). Writes soak.md into the run folder."})
final class SoakCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--vms", defaultValue = "16", description = "VMs (default: ${DEFAULT-VALUE}).")
    int vms;

    @Option(names = "--speed", defaultValue = "100", description = "Speed (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--minutes", defaultValue = "10", description = "How long, in minutes (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--sample-seconds", defaultValue = "30", description = "Seconds between samples (default: ${DEFAULT-VALUE}).")
    double sampleSeconds;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--logs", paramLabel = "DIR", description = "Folder that receives the run folder (default: "
            + RunOptions.LOGS_DEFAULT + ").")
    Path logs;

    @picocli.CommandLine.Mixin
    LogBudgetOption budget;

    @Option(names = "--attack", description = "Attack the run the whole time from loopback: floods of connections "
            + "with a wrong secret, random bytes, overlong lines, slow and silent connections, against the control "
            + "port and every peer port. The run must end as if unattacked.")
    boolean attack;

    /** Connections the attack opened (with --attack). */
    private long attacked = -1;

    private record Sample(double seconds, long events, ProcessStats self, ProcessStats vms, long modelBytes) {
    }

    @Override
    public Integer call() throws IOException, LaunchException {
        if (!(minutes > 0 && minutes <= 24 * 60) || !(sampleSeconds >= 1)) {
            throw new UsageException("--minutes must be between 0 and 1440 and --sample-seconds at least 1");
        }
        RunSettings settings = new RunSettings(vms, seed, 1, 6, 10, speed, minutes * 60);
        if (!settings.problems().isEmpty()) {
            throw new UsageException(settings.problems().get(0));
        }
        RunOptions where = new RunOptions();
        where.logs = logs;
        budget.apply();
        budget.check(settings, where.writableLogsFolder());
        RunModel model = new RunModel(vms);
        AtomicLong events = new AtomicLong();
        // The window's model is fed on one thread; here the reader threads take turns on it.
        RunListener listener = new RunListener() {
            @Override
            public void onEvent(LogEvent event) {
                synchronized (model) {
                    model.add(event);
                }
                events.incrementAndGet();
            }
        };
        List<Sample> samples = new ArrayList<>();
        RunOutcome outcome;
        PrintWriter out = spec.commandLine().getOut();
        try (Supervisor supervisor = new Supervisor(settings, where.writableLogsFolder(), listener)) {
            RunFolder folder = supervisor.start();
            out.println("Soak: " + vms + " VMs at speed " + RunSettings.plain(speed) + " for "
                    + RunSettings.plain(minutes) + " min. Run folder: " + folder.dir());
            long started = System.nanoTime();
            samples.add(sample(0, events.get(), supervisor, model));
            try (LoopbackAttack attacker = attack ? new LoopbackAttack(ports(supervisor), 200, 100, seed) : null) {
                do {
                    outcome = supervisor.awaitEnd(Duration.ofMillis((long) (sampleSeconds * 1000)));
                    double elapsed = (System.nanoTime() - started) / 1e9;
                    if (outcome == null) {
                        Sample s = sample(elapsed, events.get(), supervisor, model);
                        samples.add(s);
                        out.println(line(s));
                    }
                } while (outcome == null);
                if (attacker != null) {
                    attacked = attacker.connections();
                }
            }
        }
        String report = report(settings, samples, outcome) + attackReport(outcome);
        Files.writeString(outcome.folder().dir().resolve("soak.md"), report, StandardCharsets.UTF_8);
        out.print(report);
        return outcome.clean() ? 0 : 1;
    }

    /** The control port and every VM's peer port. */
    private static int[] ports(Supervisor supervisor) {
        int[] peers = supervisor.peerPorts();
        int[] all = new int[peers.length + 1];
        all[0] = supervisor.controlPort();
        System.arraycopy(peers, 0, all, 1, peers.length);
        return all;
    }

    private static Sample sample(double seconds, long events, Supervisor supervisor, RunModel model) {
        List<ProcessStats> children = new ArrayList<>();
        for (long pid : supervisor.pids()) {
            if (pid > 0) {
                children.add(ProcessStats.of(pid));
            }
        }
        long modelBytes;
        synchronized (model) {
            modelBytes = model.retainedBytes();
        }
        return new Sample(seconds, events, ProcessStats.self(), ProcessStats.sum(children), modelBytes);
    }

    private static String line(Sample s) {
        return String.format(Locale.ROOT, "%6.0f s  %,12d events  heap %6.1f MB  model %6.1f MB  threads %3d  files %3d"
                        + "  | VMs: threads %4d  files %4d  RSS %7.1f MB",
                s.seconds(), s.events(), s.self().heapUsedBytes() / 1e6, s.modelBytes() / 1e6, s.self().threads(),
                s.self().openFiles(), s.vms().threads(), s.vms().openFiles(), s.vms().residentBytes() / 1e6);
    }

    private static String report(RunSettings settings, List<Sample> samples, RunOutcome outcome) {
        Sample first = samples.get(1 < samples.size() ? 1 : 0);
        Sample last = samples.get(samples.size() - 1);
        StringBuilder md = new StringBuilder("# Soak\n\n");
        md.append(String.format(Locale.ROOT, "%d VMs at speed %s for %s min (%s); %,d events streamed, %.0f events/s.%n%n",
                settings.vms(), RunSettings.plain(settings.speed()), RunSettings.plain(settings.durationSeconds() / 60),
                java.time.LocalDate.now(), outcome.totalEventsReceived(),
                outcome.totalEventsReceived() / Math.max(1, last.seconds())));
        md.append("| figure | first sample | last sample | max |\n|---|---:|---:|---:|\n");
        row(md, "supervisor heap after GC (MB)", samples, s -> s.self().heapUsedBytes() / 1e6);
        row(md, "run model retained (MB)", samples, s -> s.modelBytes() / 1e6);
        row(md, "supervisor heap without the run model (MB)", samples,
                s -> (s.self().heapUsedBytes() - s.modelBytes()) / 1e6);
        row(md, "supervisor threads", samples, s -> s.self().threads());
        row(md, "supervisor open files", samples, s -> s.self().openFiles());
        row(md, "VM threads (all VMs)", samples, s -> s.vms().threads());
        row(md, "VM open files (all VMs)", samples, s -> s.vms().openFiles());
        row(md, "VM resident memory (all VMs, MB)", samples, s -> s.vms().residentBytes() / 1e6);
        md.append(String.format(Locale.ROOT, "%nThe first sample is taken %s s into the run (after start-up).%n",
                RunSettings.plain(Math.round(first.seconds()))));
        md.append("Run ended ").append(outcome.clean() ? "cleanly" : "with problems: " + outcome.problems())
                .append(".\n");
        try {
            int violations = RunAnalysis.of(RunLoader.load(outcome.folder().dir())).violations().size();
            md.append("Rule check of the whole run: ").append(violations).append(" violations.\n");
        } catch (IOException | scalemodels.log.LogParseException e) {
            md.append("Rule check failed: ").append(e.getMessage()).append('\n');
        }
        return md.toString();
    }

    /** With --attack: how many strangers came and what the control socket counted of them. */
    private String attackReport(RunOutcome outcome) throws IOException {
        if (attacked < 0) {
            return "";
        }
        String refused = Files.readAllLines(outcome.folder().manifest()).stream()
                .filter(l -> l.startsWith("refused_connections=")).map(l -> l.substring(l.indexOf('=') + 1))
                .findFirst().orElse("?");
        return String.format(Locale.ROOT, "Attack from loopback: %,d connections to the control port and the %d "
                + "peer ports; the control socket refused %s; the run's verdict above is unchanged by them.%n",
                attacked, outcome.statuses().length, refused);
    }

    private static void row(StringBuilder md, String name, List<Sample> samples,
                            java.util.function.ToDoubleFunction<Sample> figure) {
        Sample first = samples.get(1 < samples.size() ? 1 : 0);
        double max = samples.stream().mapToDouble(figure).max().orElse(0);
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", name, figure.applyAsDouble(first),
                figure.applyAsDouble(samples.get(samples.size() - 1)), max));
    }
}
