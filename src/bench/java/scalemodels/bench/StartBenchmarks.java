package scalemodels.bench;

import static scalemodels.bench.Percentiles.median;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import scalemodels.event.LogEvent;
import scalemodels.launch.LaunchException;
import scalemodels.launch.RunListener;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.supervisor.LocalPlacement;
import scalemodels.supervisor.StandbyVms;
import scalemodels.supervisor.Supervisor;
import scalemodels.supervisor.VmClassData;

/**
 * How quickly runs start: Start to every VM's first tick with the window's warm standby processes (3 and 16 VMs) and
 * with fresh JVMs (with and without the VMs' class-data archive), the wall time of a whole headless one-second run
 * as a user types it (3 and 16 VMs), and the machine's floor under the latter ({@link JvmFloor}). Measurements of one
 * kind alternate, so a busy spell of the machine hits both.
 */
final class StartBenchmarks {
    private static final int REPEATS = 5;
    private final Path work;
    private final Consumer<String> progress;

    StartBenchmarks(Path work, Consumer<String> progress) {
        this.work = work;
        this.progress = progress;
    }

    List<Figure> run() throws LaunchException, InterruptedException, IOException {
        progress.accept("class-data archive for the VMs (made once per build)...");
        VmClassData.shared().prepared();
        double[] warm3 = new double[REPEATS];
        double[] warm16 = new double[REPEATS];
        double[] archived = new double[REPEATS];
        double[] plain = new double[REPEATS];
        try (StandbyVms standby = new StandbyVms()) {
            for (int i = 0; i < REPEATS; i++) {
                progress.accept("start latency, round " + (i + 1) + " of " + REPEATS + "...");
                warm3[i] = startToFirstTicks(3, standby, true, 5 + i);
                warm16[i] = startToFirstTicks(16, standby, true, 5 + i);
                archived[i] = startToFirstTicks(3, null, true, 5 + i);
                plain[i] = startToFirstTicks(3, null, false, 5 + i);
            }
        }
        double[] headless3 = new double[REPEATS];
        double[] headless16 = new double[REPEATS];
        double[] bare3 = new double[REPEATS];
        double[] bare16 = new double[REPEATS];
        double[] mesh3 = new double[REPEATS];
        double[] mesh16 = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            progress.accept("headless one-second runs and bare JVMs, round " + (i + 1) + " of " + REPEATS + "...");
            headless3[i] = headlessRun(3, 5 + i);
            headless16[i] = headlessRun(16, 5 + i);
            bare3[i] = JvmFloor.idle(3);
            bare16[i] = JvmFloor.idle(16);
            mesh3[i] = JvmFloor.meshing(3);
            mesh16[i] = JvmFloor.meshing(16);
        }
        double w3 = median(warm3);
        double w16 = median(warm16);
        double withArchive = median(archived);
        double without = median(plain);
        double h3 = median(headless3);
        double h16 = median(headless16);
        double b3 = median(bare3);
        double b16 = median(bare16);
        double m3 = median(mesh3);
        double m16 = median(mesh16);
        return List.of(
                new Figure("start latency", "Start (supervisor.start called) to every VM's first tick, 3 VMs, warm "
                        + "standby processes, median of " + REPEATS, fmt("%.0f ms", w3), "<= 500 ms with 3 VMs",
                        fmt("fresh JVMs: %.0f ms", withArchive), w3 <= 500,
                        "the window keeps one warm standby VM process per VM between runs, meshed with the others"),
                new Figure("start latency, 16 VMs", "as above with 16 VMs (16 warm standby processes), median of "
                        + REPEATS, fmt("%.0f ms, %.2fx the 3-VM figure", w16, w16 / w3), "<= 1.5x the 3-VM figure",
                        fmt("3 VMs: %.0f ms", w3), w16 <= 1.5 * w3,
                        "the standbys are meshed before Start (their 240 peer channels open); after it each VM "
                                + "takes its arguments, connects to the supervisor and says hello: 16 processes on "
                                + "2 cores"),
                new Figure("VM start with the class-data archive", "Start to every VM's first tick, 3 fresh VM "
                        + "JVMs, median of " + REPEATS, fmt("%.0f ms, %.2fx without", withArchive,
                        withArchive / without), "faster than without", fmt("without the archive: %.0f ms", without),
                        withArchive < without, "the archive maps the VM's classes parsed and verified; the JVM's own "
                                + "start (about 100 ms of CPU) remains"),
                new Figure("headless run, 16 VMs", "wall time of `scalemodels.Main --headless --duration 1` as a new "
                        + "process, median of " + REPEATS, fmt("%.2f s, %.2fx the 3-VM run", h16 / 1000, h16 / h3),
                        "<= 1.5x the 3-VM run", fmt("3 VMs: %.2f s", h3 / 1000), h16 <= 1.5 * h3,
                        fmt("every VM is its own JVM: 1.5x leaves 16 VMs %.2f s more than 3 (they take %.2f s more); "
                                + "13 more JVMs that do nothing take %.2f s more, 13 more that only mesh %.2f s "
                                + "(next lines)", h3 / 2000, (h16 - h3) / 1000, (b16 - b3) / 1000, (m16 - m3) / 1000)),
                new Figure("16 bare JVMs, the machine's floor", "`java -version` with the VMs' JVM options, 16 "
                        + "and 3 processes started together, until the last ends, median of " + REPEATS,
                        fmt("%.2f s, %.2f s more than 3", b16 / 1000, (b16 - b3) / 1000), "-",
                        fmt("3 JVMs: %.2f s", b3 / 1000), null,
                        fmt("what starting a JVM per VM costs before any of our code runs: %.0f%% of the headless "
                                + "16-VM run's extra time over 3 VMs", 100 * (b16 - b3) / (h16 - h3))),
                new Figure("16 JVMs meshing, the machine's floor", "`bench.MeshFloor`: each JVM (the VMs' options, "
                        + "no archive of its own) listens on loopback, connects to and greets every other, reads "
                        + "each greeting on a thread of its own, and leaves; 16 and 3 started together, median of "
                        + REPEATS, fmt("%.2f s, %.2f s more than 3", m16 / 1000, (m16 - m3) / 1000), "-",
                        fmt("3 JVMs: %.2f s", m3 / 1000), null,
                        fmt("the peer mesh a VM must have before its first tick, with no log, no supervisor and no "
                                + "code of ours: %.0f%% of the headless 16-VM run's extra time over 3 VMs",
                                100 * (m16 - m3) / (h16 - h3))));
    }

    /** Milliseconds from calling start to the last of the VMs' first ticks. */
    private double startToFirstTicks(int vms, StandbyVms standby, boolean classData, long seed)
            throws LaunchException, InterruptedException {
        if (standby != null) {
            standby.fill(vms);
            if (!standby.awaitWarm(Duration.ofSeconds(60))) {
                throw new LaunchException("standby VM processes did not warm up within 60 s");
            }
        }
        long[] firstTick = new long[vms];
        long pressed = Timestamps.nowMicros();
        try (Supervisor supervisor = new Supervisor(new RunSettings(vms, seed, 1, 6, 10, 1, 0), work,
                new RunListener() {
                    @Override
                    public void onEvent(LogEvent e) {
                        if (e.type().isTick() && firstTick[e.vm()] == 0) {
                            firstTick[e.vm()] = e.timeMicros();
                        }
                    }
                }, new LocalPlacement(standby, classData))) {
            supervisor.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (Arrays.stream(firstTick).anyMatch(t -> t == 0) && System.nanoTime() < deadline) {
                supervisor.awaitEnd(Duration.ofMillis(20));
            }
        }
        return (Arrays.stream(firstTick).max().orElse(0) - pressed) / 1000.0;
    }

    /** Milliseconds of wall time of a headless one-second run in a new JVM, as from the command line. */
    private double headlessRun(int vms, long seed) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "scalemodels.Main", "--headless",
                "--vms", Integer.toString(vms), "--duration", "1", "--seed", Long.toString(seed),
                "--logs", work.toString()));
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("a headless run of " + vms + " VMs did not end within 2 minutes");
        }
        double millis = (System.nanoTime() - began) / 1e6;
        if (process.exitValue() != 0) {
            throw new IOException("a headless run of " + vms + " VMs exited with " + process.exitValue());
        }
        return millis;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
